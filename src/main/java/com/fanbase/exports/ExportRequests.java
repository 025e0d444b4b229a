package com.fanbase.exports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.database.JsonRows;
import com.fanbase.platforms.PlatformClient;
import com.fanbase.tenants.TenantId;

/**
 * The per-request outcome log of exports: every attempt, its HTTP status, outcome, time
 * and the wait the platform asked for. No bodies, no query strings.
 */
@Component
public class ExportRequests {

	private final JdbcClient jdbc;

	private final Clock clock;

	ExportRequests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	PlatformClient.RequestRecorder recorder(TenantId tenant, long exportId, int sync) {
		return (request) -> this.jdbc.sql("""
				insert into audience_export_requests (tenant_id, export_id, sync, at, operation, method, path, attempt,
				    items, http_status, outcome, duration_ms, retry_after_ms, detail)
				values (:tenant, :export, :sync, :at, :operation, :method, :path, :attempt, :items, :status, :outcome,
				    :ms, :retryAfter, :detail)
				""")
			.param("tenant", tenant.value())
			.param("export", exportId)
			.param("sync", sync)
			.param("at", OffsetDateTime.now(this.clock))
			.param("operation", request.operation())
			.param("method", request.method())
			.param("path", request.path())
			.param("attempt", request.attempt())
			.param("items", request.items())
			.param("status", request.httpStatus())
			.param("outcome", request.outcome())
			.param("ms", request.durationMs())
			.param("retryAfter", request.retryAfterMs())
			.param("detail",
					(request.detail() != null && request.detail().length() > 500) ? request.detail().substring(0, 500)
							: request.detail())
			.update();
	}

	/** Requests of the export's latest sync, by outcome. */
	public Map<String, Object> summary(TenantId tenant, long exportId) {
		List<Map<String, Object>> rows = this.jdbc
			.sql("""
					select outcome, count(*) as requests, coalesce(sum(items), 0) as items from audience_export_requests
					where tenant_id = :tenant and export_id = :export
					  and sync = (select max(sync) from audience_export_requests where tenant_id = :tenant and export_id = :export)
					group by outcome order by outcome
					""")
			.param("tenant", tenant.value())
			.param("export", exportId)
			.query(JsonRows::map)
			.list();
		long total = rows.stream().mapToLong((row) -> ((Number) row.get("requests")).longValue()).sum();
		return Map.of("requests", total, "by_outcome", rows);
	}

	public List<Map<String, Object>> list(TenantId tenant, long exportId, long afterId, int limit) {
		return this.jdbc.sql("""
				select id, sync, at, operation, method, path, attempt, items, http_status, outcome, duration_ms,
				    retry_after_ms, detail
				from audience_export_requests where tenant_id = :tenant and export_id = :export and id > :after
				order by id limit :limit
				""")
			.param("tenant", tenant.value())
			.param("export", exportId)
			.param("after", afterId)
			.param("limit", limit)
			.query(JsonRows::map)
			.list();
	}

}
