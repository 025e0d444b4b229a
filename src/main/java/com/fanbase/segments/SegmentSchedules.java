package com.fanbase.segments;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.profiles.ProfilesRebuilt;
import com.fanbase.tenants.TenantId;

/**
 * Keeps dynamic segments in step with profiles: every few minutes the scheduler refreshes
 * those whose interval has passed ({@code refreshStaleSegments}; 60 minutes unless the
 * segment sets its own) and the lookalikes whose source's members changed more than five
 * minutes ago (marked stale by {@link SegmentEvaluator}), and a tenant's dynamic segments
 * are refreshed after its profiles are rebuilt.
 */
@Configuration(proxyBeanMethods = false)
class SegmentSchedules {

	static final int DEFAULT_INTERVAL_MINUTES = 60;

	private static final String STALE = """
			select tenant_id, id from audience_segments
			where (segment_type = 'dynamic' and (last_refreshed_at is null or last_refreshed_at
			    < now() - make_interval(mins => coalesce(refresh_interval_minutes, %d))))
			   or (segment_type = 'lookalike' and stale_since < now() - interval '5 minutes')
			order by last_refreshed_at nulls first limit 500
			""".formatted(DEFAULT_INTERVAL_MINUTES);

	private final JdbcClient jdbc;

	private final SegmentRefresher refresher;

	SegmentSchedules(JdbcClient jdbc, SegmentRefresher refresher) {
		this.jdbc = jdbc;
		this.refresher = refresher;
	}

	@Bean
	RecurringTask<Void> refreshStaleSegments(@Value("${fanbase.segments.stale-check-interval:5m}") Duration every) {
		return Tasks.recurring("refreshStaleSegments", FixedDelay.of(every))
			.execute((instance, context) -> refreshStale());
	}

	void refreshStale() {
		this.jdbc.sql(STALE)
			.query((rs, row) -> new long[] { rs.getLong("tenant_id"), rs.getLong("id") })
			.list()
			.forEach((segment) -> this.refresher.refresh(TenantId.of(segment[0]), segment[1]));
	}

	@EventListener
	void afterProfileRebuild(ProfilesRebuilt rebuilt) {
		this.refresher.refreshDynamic(rebuilt.tenant());
	}

}
