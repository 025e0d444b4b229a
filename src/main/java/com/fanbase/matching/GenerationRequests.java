package com.fanbase.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.jobs.Job;
import com.fanbase.jobs.Jobs;
import com.fanbase.tenants.TenantId;

/**
 * The durable queue of events waiting for a generation. Requests are rows, so any number
 * of events can wait while the tenant's one generation job (jobs run one per tenant and
 * type) works through them; a request made again while its event is being generated stays
 * queued for one more pass.
 */
@Component
class GenerationRequests {

	static final String JOB_TYPE = "event-recommendations";

	private final JdbcClient jdbc;

	private final Jobs jobs;

	private final Clock clock;

	private final Duration horizon;

	GenerationRequests(JdbcClient jdbc, Jobs jobs, Clock clock,
			@Value("${fanbase.matching.auto-generate-horizon:180d}") Duration horizon) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.clock = clock;
		this.horizon = horizon;
	}

	/** Queues the events and makes sure the tenant's job runs. */
	@Transactional
	Job request(TenantId tenant, List<Long> eventIds) {
		this.jdbc.sql("""
				insert into event_recommendation_requests (tenant_id, event_id, requested_at)
				select :tenant, id, :now from unnest(cast(:ids as bigint[])) as x(id) order by id
				on conflict (tenant_id, event_id) do update set requested_at = excluded.requested_at
				""")
			.param("tenant", tenant.value())
			.param("ids", eventIds.toArray(Long[]::new))
			.param("now", now())
			.update();
		return this.jobs.submit(tenant, JOB_TYPE, Map.of());
	}

	/**
	 * Queues the tenant's upcoming events (scheduled or postponed, not started) that
	 * start within the horizon or were generated before, and makes sure the job runs;
	 * answers how many were queued. What follows a profile rebuild or a refit of the
	 * weights.
	 */
	@Transactional
	long requestUpcoming(TenantId tenant) {
		OffsetDateTime now = now();
		long queued = this.jdbc.sql("""
				insert into event_recommendation_requests (tenant_id, event_id, requested_at)
				select e.tenant_id, e.id, :now from events e
				where e.tenant_id = :tenant and e.status in ('scheduled', 'postponed') and e.starts_at > :now
				  and (e.starts_at <= :until or exists (select 1 from event_recommendation_runs r
				                                        where r.tenant_id = e.tenant_id and r.event_id = e.id))
				order by e.id
				on conflict (tenant_id, event_id) do update set requested_at = excluded.requested_at
				""").param("tenant", tenant.value()).param("now", now).param("until", now.plus(this.horizon)).update();
		if (queued > 0 || pending(tenant) > 0) {
			this.jobs.submit(tenant, JOB_TYPE, Map.of());
		}
		return queued;
	}

	/** Whether a generation of the event is queued. */
	boolean queued(TenantId tenant, long eventId) {
		return this.jdbc.sql(
				"select exists (select 1 from event_recommendation_requests where tenant_id = :tenant and event_id = :event)")
			.param("tenant", tenant.value())
			.param("event", eventId)
			.query(Boolean.class)
			.single();
	}

	/** The oldest waiting request of the tenant. */
	Optional<Request> next(TenantId tenant) {
		return this.jdbc.sql("""
				select event_id, requested_at from event_recommendation_requests
				where tenant_id = :tenant order by requested_at, event_id limit 1
				""")
			.param("tenant", tenant.value())
			.query((rs, row) -> new Request(rs.getLong("event_id"), rs.getObject("requested_at", OffsetDateTime.class)))
			.optional();
	}

	long pending(TenantId tenant) {
		return this.jdbc.sql("select count(*) from event_recommendation_requests where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(Long.class)
			.single();
	}

	/** Removes a request unless it was made again since it was read. */
	void done(TenantId tenant, Request request) {
		this.jdbc.sql("""
				delete from event_recommendation_requests
				where tenant_id = :tenant and event_id = :event and requested_at <= :at
				""")
			.param("tenant", tenant.value())
			.param("event", request.eventId())
			.param("at", request.requestedAt())
			.update();
	}

	/**
	 * Tenants with requests older than a minute and no job to drain them: the safety net
	 * for a request that raced with the end of its tenant's job.
	 */
	void resubmitStranded() {
		this.jdbc.sql("""
				select distinct tenant_id from event_recommendation_requests
				where requested_at < :before order by tenant_id limit 1000
				""")
			.param("before", now().minusMinutes(1))
			.query(Long.class)
			.list()
			.forEach((tenant) -> this.jobs.submit(TenantId.of(tenant), JOB_TYPE, Map.of()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	record Request(long eventId, OffsetDateTime requestedAt) {
	}

}
