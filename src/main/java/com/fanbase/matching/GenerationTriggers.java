package com.fanbase.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.ingestion.RecordKind;
import com.fanbase.ingestion.RecordsChanged;

/**
 * What makes matching follow ingestion: an event that is ingested or changes, is
 * scheduled and starts within the horizon gets its recommendations generated in the
 * background (early, as the seed asks); a batch of orders marks the conversions it
 * brings. Past, cancelled and far-off events are left alone, so a bulk load of a tenant's
 * history does not queue a generation for every event it ever had.
 */
@Configuration(proxyBeanMethods = false)
class GenerationTriggers {

	private static final Logger log = LoggerFactory.getLogger(GenerationTriggers.class);

	private final JdbcClient jdbc;

	private final GenerationRequests requests;

	private final ConversionTracker conversions;

	private final Clock clock;

	private final Duration horizon;

	GenerationTriggers(JdbcClient jdbc, GenerationRequests requests, ConversionTracker conversions, Clock clock,
			@Value("${fanbase.matching.auto-generate-horizon:180d}") Duration horizon) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.conversions = conversions;
		this.clock = clock;
		this.horizon = horizon;
	}

	/**
	 * Runs after the batch is committed; a failure here is logged and left to the next
	 * generation (which marks conversions first) rather than failing the ingestion.
	 */
	@EventListener
	void onRecordsChanged(RecordsChanged changed) {
		try {
			follow(changed);
		}
		catch (RuntimeException ex) {
			log.warn("Could not follow up {} {} of tenant {}: {}", changed.ids().size(), changed.kind().id(),
					changed.tenant(), ex.getMessage());
		}
	}

	private void follow(RecordsChanged changed) {
		if (changed.kind() == RecordKind.ORDERS) {
			this.conversions.markForOrders(changed.tenant(), changed.ids());
		}
		else if (changed.kind() == RecordKind.EVENTS && !this.horizon.isZero()) {
			List<Long> upcoming = upcoming(changed);
			if (!upcoming.isEmpty()) {
				this.requests.request(changed.tenant(), upcoming);
			}
		}
	}

	private List<Long> upcoming(RecordsChanged changed) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.jdbc.sql("""
				select id from events
				where tenant_id = :tenant and id = any(cast(:ids as bigint[])) and status in ('scheduled', 'postponed')
				  and starts_at > :now and starts_at <= :until
				order by id
				""")
			.param("tenant", changed.tenant().value())
			.param("ids", changed.ids().toArray(Long[]::new))
			.param("now", now)
			.param("until", now.plus(this.horizon))
			.query(Long.class)
			.list();
	}

	@Bean
	RecurringTask<Void> resubmitStrandedRecommendations(
			@Value("${fanbase.matching.stranded-check-interval:5m}") Duration every) {
		return Tasks.recurring("resubmitStrandedRecommendations", FixedDelay.of(every))
			.execute((instance, context) -> this.requests.resubmitStranded());
	}

}
