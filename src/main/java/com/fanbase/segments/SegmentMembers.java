package com.fanbase.segments;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.database.JsonRows;
import com.fanbase.tenants.TenantId;

/**
 * Reads a segment's members and history, and edits the members of static segments.
 */
@Component
public class SegmentMembers {

	private final JdbcClient jdbc;

	private final Clock clock;

	SegmentMembers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<Map<String, Object>> members(TenantId tenant, long segmentId, long afterId, int limit) {
		return this.jdbc.sql("""
				select s.customer_id, c.email, s.affinity, s.entered_at
				from audience_segment_customers s join customers c on c.tenant_id = s.tenant_id and c.id = s.customer_id
				where s.tenant_id = :tenant and s.segment_id = :segment and s.customer_id > :after
				order by s.customer_id limit :limit
				""")
			.param("tenant", tenant.value())
			.param("segment", segmentId)
			.param("after", afterId)
			.param("limit", limit)
			.query(JsonRows::map)
			.list();
	}

	public List<Map<String, Object>> history(TenantId tenant, long segmentId, int limit) {
		return this.jdbc.sql("""
				select refreshed_at, size, added, removed, duration_ms, status, error from audience_segment_history
				where tenant_id = :tenant and segment_id = :segment order by refreshed_at desc limit :limit
				""")
			.param("tenant", tenant.value())
			.param("segment", segmentId)
			.param("limit", limit)
			.query(JsonRows::map)
			.list();
	}

	/**
	 * Adds the tenant's customers among the ids; returns the ids that are not its
	 * customers.
	 */
	public List<Long> add(TenantId tenant, long segmentId, List<Long> customerIds) {
		this.jdbc.sql("""
				insert into audience_segment_customers (tenant_id, segment_id, customer_id, affinity, entered_at)
				select :tenant, :segment, c.id, 1, :now from customers c
				where c.tenant_id = :tenant and c.id = any(cast(:ids as bigint[]))
				on conflict do nothing
				""")
			.param("tenant", tenant.value())
			.param("segment", segmentId)
			.param("ids", customerIds.toArray(Long[]::new))
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		return unknown(tenant, customerIds);
	}

	/**
	 * Adds the tenant's customers among the ids, each with its own affinity (a static
	 * segment made from a ranking, such as an event's recommendations); returns how many
	 * were added.
	 */
	public long addWithAffinity(TenantId tenant, long segmentId, long[] customerIds, double[] affinities) {
		return this.jdbc.sql("""
				insert into audience_segment_customers (tenant_id, segment_id, customer_id, affinity, entered_at)
				select :tenant, :segment, c.id, x.affinity, :now
				from unnest(cast(:ids as bigint[]), cast(:affinities as float8[])) as x(customer_id, affinity)
				join customers c on c.tenant_id = :tenant and c.id = x.customer_id
				on conflict (tenant_id, segment_id, customer_id) do update set affinity = excluded.affinity
				""")
			.param("tenant", tenant.value())
			.param("segment", segmentId)
			.param("ids", customerIds)
			.param("affinities", affinities)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	public void remove(TenantId tenant, long segmentId, List<Long> customerIds) {
		this.jdbc.sql("""
				with removed as (
				    delete from audience_segment_customers
				    where tenant_id = :tenant and segment_id = :segment and customer_id = any(cast(:ids as bigint[]))
				    returning customer_id, entered_at)
				insert into audience_segment_exits (tenant_id, segment_id, customer_id, entered_at, exited_at)
				select :tenant, :segment, customer_id, entered_at, :now from removed
				""")
			.param("tenant", tenant.value())
			.param("segment", segmentId)
			.param("ids", customerIds.toArray(Long[]::new))
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	private List<Long> unknown(TenantId tenant, List<Long> customerIds) {
		return this.jdbc.sql("""
				select x.customer_id from unnest(cast(:ids as bigint[])) as x(customer_id)
				where not exists (select 1 from customers c where c.tenant_id = :tenant and c.id = x.customer_id)
				order by x.customer_id
				""")
			.param("tenant", tenant.value())
			.param("ids", customerIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

}
