package com.fanbase.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges of the durable work, for alerting: unfinished jobs by type and status, the age
 * of the oldest queued job, jobs failed in the last hour, and db-scheduler executions
 * overdue by more than a minute (no replica is picking work up). The figures are read
 * from the database, so every replica reports the same cluster-wide values (aggregate
 * with {@code max}, not {@code sum}); they are read at most once per {@link #REFRESH}.
 */
@Component
class JobMetrics implements MeterBinder {

	private static final String ACTIVE = """
			select type, status, count(*) as jobs from jobs
			where status in ('queued', 'running') group by type, status
			""";

	private static final String FIGURES = """
			select
			    (select coalesce(extract(epoch from (:now - min(created_at))), 0) from jobs where status = 'queued')
			        as oldest_queued_seconds,
			    (select count(*) from jobs where status = 'failed' and finished_at > :now - interval '1 hour')
			        as failed_last_hour,
			    (select count(*) from scheduled_tasks where not picked and execution_time < :now - interval '1 minute')
			        as overdue_executions
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration refresh;

	private volatile Snapshot snapshot = Snapshot.EMPTY;

	private MultiGauge active;

	JobMetrics(JdbcClient jdbc, Clock clock, @Value("${fanbase.jobs.metrics-refresh:15s}") Duration refresh) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.refresh = refresh;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.active = MultiGauge.builder("fanbase.jobs.active")
			.description("Unfinished jobs by type and status")
			.register(registry);
		gauge(registry, "fanbase.jobs.oldest.queued", "seconds", "Age of the oldest queued job",
				Snapshot::oldestQueuedSeconds);
		gauge(registry, "fanbase.jobs.failed.last.hour", null, "Jobs that failed in the last hour",
				Snapshot::failedLastHour);
		gauge(registry, "fanbase.scheduler.overdue", null,
				"Scheduled executions due for over a minute that no replica has picked", Snapshot::overdueExecutions);
	}

	private void gauge(MeterRegistry registry, String name, String unit, String description,
			ToDoubleFunction<Snapshot> figure) {
		Gauge.builder(name, this, (metrics) -> figure.applyAsDouble(metrics.current()))
			.baseUnit(unit)
			.description(description)
			.register(registry);
	}

	/**
	 * The figures, read again when older than the refresh interval; the active-jobs gauge
	 * rows are replaced at the same time, so a finished type disappears from it.
	 */
	synchronized Snapshot current() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.snapshot.readAt().plus(this.refresh))) {
			return this.snapshot;
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		Map<Tags, Long> active = new HashMap<>();
		this.jdbc.sql(ACTIVE)
			.query((RowCallbackHandler) (rs) -> active
				.put(Tags.of("type", rs.getString("type"), "status", rs.getString("status")), rs.getLong("jobs")));
		Snapshot read = this.jdbc.sql(FIGURES)
			.param("now", at)
			.query((rs, row) -> new Snapshot(now, rs.getDouble("oldest_queued_seconds"), rs.getLong("failed_last_hour"),
					rs.getLong("overdue_executions"), active))
			.single();
		this.snapshot = read;
		if (this.active != null) {
			// Rows read the latest snapshot; kept rows are not replaced (a replacement in
			// the
			// middle of a scrape would drop them from it), rows no longer active are
			// removed.
			this.active.register(active.keySet()
				.stream().<MultiGauge
						.Row<?>>map(
								(tags) -> MultiGauge.Row.of(tags, this,
										(metrics) -> metrics.snapshot.active().getOrDefault(tags, 0L)))
				.toList(), false);
		}
		return read;
	}

	record Snapshot(Instant readAt, double oldestQueuedSeconds, long failedLastHour, long overdueExecutions,
			Map<Tags, Long> active) {

		static final Snapshot EMPTY = new Snapshot(Instant.EPOCH, 0, 0, 0, Map.of());

	}

}
