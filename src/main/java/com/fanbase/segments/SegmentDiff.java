package com.fanbase.segments;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.tenants.TenantId;

/**
 * The one statement that brings stored members in line with a matching query, for every
 * customer (a full refresh) or only for a scope of customers (an incremental evaluation):
 * customers who no longer match leave (their exit is logged with when they had entered),
 * new matches enter with the time, members who stay keep their entry time and get their
 * affinity updated. Both paths run the same SQL, the scope only narrowing it, so an
 * incremental evaluation writes what a full refresh would for the customers it covers.
 */
final class SegmentDiff {

	private static final String DIFF = """
			with matching as materialized (
			    %s
			), removed as (
			    delete from audience_segment_customers s
			    where s.tenant_id = :tenant and s.segment_id = :segment %s
			      and not exists (select 1 from matching m where m.customer_id = s.customer_id)
			    returning s.customer_id, s.entered_at
			), exits as (
			    insert into audience_segment_exits (tenant_id, segment_id, customer_id, entered_at, exited_at)
			    select :tenant, :segment, customer_id, entered_at, :now from removed
			), added as (
			    insert into audience_segment_customers (tenant_id, segment_id, customer_id, affinity, entered_at)
			    select :tenant, :segment, m.customer_id, m.affinity, :now from matching m
			    where not exists (select 1 from audience_segment_customers s
			        where s.tenant_id = :tenant and s.segment_id = :segment and s.customer_id = m.customer_id)
			    returning 1
			), changed as (
			    update audience_segment_customers s set affinity = m.affinity from matching m
			    where s.tenant_id = :tenant and s.segment_id = :segment and s.customer_id = m.customer_id
			      and s.affinity is distinct from m.affinity
			    returning 1
			)
			select (select count(*) from matching) as size, (select count(*) from added) as added,
			    (select count(*) from removed) as removed, (select count(*) from changed) as changed
			""";

	private static final String CRITERIA = """
			select p.customer_id, p.engagement_score::float8 as affinity
			from profile_facts p where p.tenant_id = :tenant %s and (%s)
			""";

	private static final String SCOPE = "and %s.customer_id = any(cast(:scope as bigint[]))";

	private final JdbcClient jdbc;

	SegmentDiff(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The matching query of criteria compiled to {@code condition}, scoped or not. */
	static String criteria(String condition, boolean scoped) {
		return CRITERIA.formatted(scoped ? SCOPE.formatted("p") : "", condition);
	}

	/**
	 * Serialises changes to one segment's members (a full refresh and an incremental
	 * evaluation of the same segment would otherwise insert the same entry); call within
	 * the transaction that changes them.
	 */
	void lock(TenantId tenant, long segmentId) {
		this.jdbc.sql("select id from audience_segments where tenant_id = :tenant and id = :segment for update")
			.param("tenant", tenant.value())
			.param("segment", segmentId)
			.query(Long.class)
			.list();
	}

	/**
	 * Applies the difference; answers the matching count (of the scope, when scoped), the
	 * entries and the exits. {@code scope} null means every customer.
	 */
	long[] apply(TenantId tenant, long segmentId, Instant now, String matching, Map<String, Object> extra,
			Long[] scope) {
		// Right after a large fill the planner may still think the membership table is
		// tiny and pick a nested loop over hundreds of thousands of members (minutes
		// instead of seconds); a full difference is always a bulk join, so hash it. A
		// scoped one looks up a few customers by key and keeps its nested loops.
		this.jdbc.sql((scope == null) ? "set local enable_nestloop = off" : "set local enable_nestloop = on").update();
		Map<String, Object> params = new HashMap<>(extra);
		params.put("tenant", tenant.value());
		params.put("segment", segmentId);
		params.put("now", now.atOffset(ZoneOffset.UTC));
		if (scope != null) {
			params.put("scope", scope);
		}
		return this.jdbc.sql(DIFF.formatted(matching, (scope != null) ? SCOPE.formatted("s") : ""))
			.params(params)
			.query((rs, row) -> new long[] { rs.getLong("size"), rs.getLong("added"), rs.getLong("removed") })
			.single();
	}

}
