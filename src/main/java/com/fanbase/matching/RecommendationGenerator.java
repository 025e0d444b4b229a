package com.fanbase.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.tenants.TenantId;

/**
 * Scores every customer of a tenant for one event and replaces the event's unconverted
 * recommendations with the best of them, in one transaction. Conversions are brought up
 * to date first, so a customer who bought since the last generation keeps their converted
 * row although the new scoring excludes them as a ticket holder. Generations of the same
 * event are serialised by an advisory lock.
 */
@Component
class RecommendationGenerator {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ConversionTracker conversions;

	private final Clock clock;

	private final int cap;

	RecommendationGenerator(JdbcClient jdbc, TransactionTemplate transactions, ConversionTracker conversions,
			Clock clock, @Value("${fanbase.matching.max-stored:10000}") int cap) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.conversions = conversions;
		this.clock = clock;
		this.cap = cap;
	}

	boolean exists(TenantId tenant, long eventId) {
		return this.jdbc.sql("select exists (select 1 from events where tenant_id = :tenant and id = :event)")
			.param("tenant", tenant.value())
			.param("event", eventId)
			.query(Boolean.class)
			.single();
	}

	long profileCount(TenantId tenant) {
		return this.jdbc.sql("select count(*) from customer_profiles where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(Long.class)
			.single();
	}

	Generation generate(TenantId tenant, long eventId) {
		if (!exists(tenant, eventId)) {
			throw new EventNotFoundException(eventId);
		}
		return this.transactions.execute((status) -> {
			long started = System.nanoTime();
			Instant now = this.clock.instant();
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('event_recommendations'), hashtext(:key))")
				.param("key", tenant.value() + ":" + eventId)
				.query()
				.listOfRows();
			this.conversions.markForEvent(tenant, eventId);
			long stored = this.jdbc.sql(ScoringSql.STORE)
				.param("tenant", tenant.value())
				.param("event", eventId)
				.param("cap", this.cap)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.query(Long.class)
				.single();
			long ms = (System.nanoTime() - started) / 1_000_000;
			this.jdbc
				.sql("""
						insert into event_recommendation_runs (tenant_id, event_id, generated_at, stored, duration_ms, weights)
						values (:tenant, :event, :now, :stored, :ms, 'fixed')
						on conflict (tenant_id, event_id) do update set generated_at = excluded.generated_at,
						    stored = excluded.stored,
						    duration_ms = excluded.duration_ms, weights = excluded.weights
						""")
				.param("tenant", tenant.value())
				.param("event", eventId)
				.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.param("stored", stored)
				.param("ms", ms)
				.update();
			return new Generation(eventId, stored, ms, now);
		});
	}

}
