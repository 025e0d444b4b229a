package com.fanbase.dashboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.database.JsonRows;
import com.fanbase.tenants.TenantId;

/**
 * Read-only SQL on the tables of modules that offer no summary of their own: profiles'
 * churn median, segments, exports and recommendation conversions.
 */
@Component
class DashboardQueries {

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Double medianChurnRisk(TenantId tenant) {
		return this.jdbc.sql("""
				select percentile_cont(0.5) within group (order by churn_risk) from customer_profiles
				where tenant_id = :tenant and churn_risk is not null
				""").param("tenant", tenant.value()).query(Double.class).optional().orElse(null);
	}

	long segmentCount(TenantId tenant) {
		return count("select count(*) from audience_segments where tenant_id = :tenant", tenant);
	}

	Map<String, Object> largestSegment(TenantId tenant) {
		return this.jdbc.sql("""
				select id, name, member_count as members from audience_segments where tenant_id = :tenant
				order by member_count desc, id limit 1
				""").param("tenant", tenant.value()).query(JsonRows::map).optional().orElse(null);
	}

	/** Segments whose last refresh did not succeed, latest first. */
	List<Map<String, Object>> failedRefreshes(TenantId tenant) {
		return this.jdbc.sql("""
				select id, name, last_refreshed_at as failed_at, last_refresh_error as error from audience_segments
				where tenant_id = :tenant and last_refresh_status is not null and last_refresh_status <> 'succeeded'
				order by last_refreshed_at desc, id limit 10
				""").param("tenant", tenant.value()).query(JsonRows::map).list();
	}

	/** Live exports per platform and status. */
	Map<String, Map<String, Long>> exportsByPlatform(TenantId tenant) {
		Map<String, Map<String, Long>> counts = new TreeMap<>();
		this.jdbc.sql("""
				select platform, status, count(*) as n from audience_exports
				where tenant_id = :tenant and deleted_at is null group by platform, status
				""")
			.param("tenant", tenant.value())
			.query((RowCallbackHandler) (rs) -> counts
				.computeIfAbsent(rs.getString("platform"), (key) -> new TreeMap<>())
				.put(rs.getString("status"), rs.getLong("n")));
		return counts;
	}

	long exportsExpiring(TenantId tenant, Instant now, int days) {
		return this.jdbc.sql("""
				select count(*) from audience_exports
				where tenant_id = :tenant and deleted_at is null and expires_at >= :now
				  and expires_at < :now + make_interval(days => :days)
				""")
			.param("tenant", tenant.value())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("days", days)
			.query(Long.class)
			.single();
	}

	/**
	 * Export definitions created since the time, deleted ones included (the plan counts
	 * them).
	 */
	long exportsCreatedSince(TenantId tenant, Instant since) {
		return this.jdbc.sql("select count(*) from audience_exports where tenant_id = :tenant and created_at >= :since")
			.param("tenant", tenant.value())
			.param("since", since.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/** Events ranked by how many recommended customers bought, with their revenue. */
	List<Map<String, Object>> topConvertingEvents(TenantId tenant, int limit) {
		return this.jdbc.sql("""
				select r.event_id, e.name, count(*) as conversions, coalesce(sum(r.revenue_cents), 0) as revenue_cents
				from event_recommendations r
				left join events e on e.tenant_id = r.tenant_id and e.id = r.event_id
				where r.tenant_id = :tenant and r.converted_at is not null
				group by r.event_id, e.name order by conversions desc, revenue_cents desc, r.event_id limit :limit
				""").param("tenant", tenant.value()).param("limit", limit).query(JsonRows::map).list();
	}

	private long count(String sql, TenantId tenant) {
		return this.jdbc.sql(sql).param("tenant", tenant.value()).query(Long.class).single();
	}

	static Map<String, Object> map(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
