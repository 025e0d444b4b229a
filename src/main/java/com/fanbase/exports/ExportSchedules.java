package com.fanbase.exports;

import java.time.Duration;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.jobs.OrphanedWork;
import com.fanbase.tenants.TenantId;

/**
 * Keeps exports alive and in step: once a day every export expiring within 30 days is
 * re-sent in full ({@code refreshExpiringExports}), which renews it on the platform;
 * every few minutes the exports whose segment was refreshed since their last sync get a
 * delta sync (only with the change pipeline off: on, it pushes every member change), and
 * an export left running by a job that is no longer running (the process died and its
 * retries ran out) is resumed from its checkpoint. The daily task also prunes the request
 * log to {@code fanbase.exports.request-log-retention} (30 days).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExportsProperties.class)
class ExportSchedules {

	private static final String EXPIRING = """
			select tenant_id, id from audience_exports
			where deleted_at is null and expires_at < now() + make_interval(days => :days)
			  and status in ('completed', 'partially_failed')
			order by expires_at limit 500
			""";

	private static final String SEGMENT_CHANGED = """
			select e.tenant_id, e.id from audience_exports e
			join audience_segments s on s.tenant_id = e.tenant_id and s.id = e.segment_id
			where e.deleted_at is null and e.status in ('completed', 'partially_failed')
			  and s.last_refreshed_at > e.last_synced_at
			order by e.last_synced_at limit 500
			""";

	private static final String ORPHANED = """
			select e.tenant_id, e.id from audience_exports e
			where e.deleted_at is null and e.status in ('running', 'queued') and LEFT_BEHIND
			limit 500
			""".replace("LEFT_BEHIND", OrphanedWork.leftBehind("e.tenant_id", "e.job_id", "e.updated_at", "now()"));

	private final JdbcClient jdbc;

	private final Exports exports;

	private final ExportsProperties properties;

	private final Duration requestLogRetention;

	/**
	 * With the change pipeline on, it pushes segment changes and the timestamp check is
	 * off.
	 */
	private final boolean live;

	ExportSchedules(JdbcClient jdbc, Exports exports, ExportsProperties properties,
			@Value("${fanbase.exports.request-log-retention:30d}") Duration requestLogRetention,
			@Value("${fanbase.changes.enabled:true}") boolean live) {
		this.live = live;
		this.jdbc = jdbc;
		this.exports = exports;
		this.properties = properties;
		this.requestLogRetention = requestLogRetention;
	}

	@Bean
	RecurringTask<Void> refreshExpiringExports() {
		return Tasks.recurring("refreshExpiringExports", FixedDelay.of(Duration.ofDays(1)))
			.execute((instance, context) -> {
				refreshExpiringExports(this.properties.refreshWithinDays());
				pruneRequestLog(this.requestLogRetention);
			});
	}

	@Bean
	RecurringTask<Void> syncChangedExports(@Value("${fanbase.exports.sync-check-interval:5m}") Duration every) {
		return Tasks.recurring("syncChangedExports", FixedDelay.of(every)).execute((instance, context) -> {
			if (!this.live) {
				syncChangedSegments();
			}
			resumeOrphaned();
		});
	}

	/**
	 * Re-sends in full every export that would expire within the days; answers how many.
	 */
	int refreshExpiringExports(int days) {
		List<long[]> due = ids(EXPIRING, days);
		due.forEach((export) -> this.exports.sync(TenantId.of(export[0]), export[1], true));
		return due.size();
	}

	/**
	 * Deletes the request log's entries older than the retention; answers how many.
	 */
	int pruneRequestLog(Duration retention) {
		return this.jdbc.sql("delete from audience_export_requests where at < now() - make_interval(secs => :seconds)")
			.param("seconds", (double) retention.toSeconds())
			.update();
	}

	int syncChangedSegments() {
		List<long[]> due = ids(SEGMENT_CHANGED, 0);
		due.forEach((export) -> this.exports.sync(TenantId.of(export[0]), export[1], false));
		return due.size();
	}

	int resumeOrphaned() {
		List<long[]> due = ids(ORPHANED, 0);
		due.forEach((export) -> this.exports.resubmit(TenantId.of(export[0]), export[1]));
		return due.size();
	}

	private List<long[]> ids(String sql, int days) {
		var spec = this.jdbc.sql(sql);
		if (sql.contains(":days")) {
			spec = spec.param("days", days);
		}
		return spec.query((rs, row) -> new long[] { rs.getLong("tenant_id"), rs.getLong("id") }).list();
	}

}
