package com.fanbase.segments;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.segments.rules.CompiledCondition;
import com.fanbase.segments.rules.CriteriaParser;
import com.fanbase.segments.rules.RuleCompiler;
import com.fanbase.tenants.TenantId;

/**
 * Brings a dynamic segment's members in line with its criteria, and a lookalike's with
 * its source, by applying only the difference: customers who no longer match leave (their
 * exit is logged with when they had entered), new matches enter with the time, members
 * who stay keep their entry time and get their affinity updated. Affinity of a dynamic
 * segment is the member's engagement score, of a lookalike the similarity to its source
 * (see {@link LookalikeMatching}). A static segment's refresh just counts its members.
 * Every refresh, good or failed, is recorded in the history and on the segment, and a
 * successful one refreshes the lookalikes built on the segment.
 */
@Component
public class SegmentRefresher {

	private static final Logger log = LoggerFactory.getLogger(SegmentRefresher.class);

	private static final String DIFF = """
			with matching as materialized (
			    %s
			), removed as (
			    delete from audience_segment_customers s
			    where s.tenant_id = :tenant and s.segment_id = :segment
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
			from profile_facts p where p.tenant_id = :tenant and (%s)
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Segments segments;

	private final Clock clock;

	SegmentRefresher(JdbcClient jdbc, TransactionTemplate transactions, Segments segments, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.segments = segments;
		this.clock = clock;
	}

	public SegmentRefresh refresh(TenantId tenant, long segmentId) {
		Segment segment = this.segments.require(tenant, segmentId);
		Instant now = this.clock.instant();
		long started = System.nanoTime();
		SegmentRefresh result;
		try {
			long[] counts = this.transactions.execute((status) -> switch (segment.segmentType()) {
				case "dynamic" -> applyCriteria(tenant, segment, now);
				case "lookalike" -> applyLookalike(tenant, segment, now);
				default -> new long[] { countMembers(tenant, segmentId), 0, 0 };
			});
			result = new SegmentRefresh(segmentId, now, counts[0], counts[1], counts[2], elapsedMs(started),
					"succeeded", null);
		}
		catch (RefreshRefusedException ex) {
			result = new SegmentRefresh(segmentId, now, segment.memberCount(), 0, 0, elapsedMs(started), "failed",
					ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Refresh of segment {} of tenant {} failed", segmentId, tenant, ex);
			result = new SegmentRefresh(segmentId, now, segment.memberCount(), 0, 0, elapsedMs(started), "failed",
					"The refresh failed (" + ex.getClass().getSimpleName() + "); it has been logged.");
		}
		record(tenant, result);
		if (result.status().equals("succeeded")) {
			this.segments.lookalikesOf(tenant, segmentId).forEach((lookalike) -> refresh(tenant, lookalike.id()));
		}
		return result;
	}

	private long[] applyCriteria(TenantId tenant, Segment segment, Instant now) {
		CompiledCondition condition = RuleCompiler.compile(CriteriaParser.parse(segment.criteria(), "/criteria"), now);
		return apply(tenant, segment, now, CRITERIA.formatted(condition.sql()), condition.params());
	}

	private long[] applyLookalike(TenantId tenant, Segment segment, Instant now) {
		long sourceMembers = countMembers(tenant, segment.sourceSegmentId());
		if (sourceMembers == 0) {
			throw new RefreshRefusedException(
					"The source segment " + segment.sourceSegmentId() + " has no members to look like.");
		}
		long size = (segment.lookalikeSize() != null) ? segment.lookalikeSize()
				: (long) Math.ceil(segment.lookalikeRatio() * countProfiles(tenant));
		return apply(tenant, segment, now, LookalikeMatching.MATCHING,
				LookalikeMatching.params(segment.sourceSegmentId(), size, now));
	}

	private long[] apply(TenantId tenant, Segment segment, Instant now, String matching, Map<String, Object> extra) {
		// Right after a large fill the planner may still think the membership table is
		// tiny
		// and pick a nested loop over hundreds of thousands of members (minutes instead
		// of
		// seconds); the difference is always a bulk join, so hash it.
		this.jdbc.sql("set local enable_nestloop = off").update();
		Map<String, Object> params = new HashMap<>(extra);
		params.put("tenant", tenant.value());
		params.put("segment", segment.id());
		params.put("now", now.atOffset(ZoneOffset.UTC));
		return this.jdbc.sql(DIFF.formatted(matching))
			.params(params)
			.query((rs, row) -> new long[] { rs.getLong("size"), rs.getLong("added"), rs.getLong("removed") })
			.single();
	}

	private long countProfiles(TenantId tenant) {
		return this.jdbc.sql("select count(*) from profile_facts where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(Long.class)
			.single();
	}

	private long countMembers(TenantId tenant, long segmentId) {
		return this.jdbc
			.sql("select count(*) from audience_segment_customers where tenant_id = :tenant and segment_id = :segment")
			.param("tenant", tenant.value())
			.param("segment", segmentId)
			.query(Long.class)
			.single();
	}

	private void record(TenantId tenant, SegmentRefresh result) {
		OffsetDateTime at = result.refreshedAt().atOffset(ZoneOffset.UTC);
		this.jdbc.sql("""
				insert into audience_segment_history (tenant_id, segment_id, refreshed_at, size, added, removed,
				    duration_ms, status, error)
				values (:tenant, :segment, :at, :size, :added, :removed, :ms, :status, :error)
				on conflict do nothing
				""")
			.param("tenant", tenant.value())
			.param("segment", result.segmentId())
			.param("at", at)
			.param("size", result.size())
			.param("added", result.added())
			.param("removed", result.removed())
			.param("ms", result.durationMs())
			.param("status", result.status())
			.param("error", result.error())
			.update();
		this.jdbc
			.sql("""
					update audience_segments set member_count = :size, last_refreshed_at = :at, last_refresh_status = :status,
					    last_refresh_error = :error, last_refresh_ms = :ms
					where tenant_id = :tenant and id = :segment
					""")
			.param("tenant", tenant.value())
			.param("segment", result.segmentId())
			.param("at", at)
			.param("size", result.size())
			.param("status", result.status())
			.param("error", result.error())
			.param("ms", result.durationMs())
			.update();
	}

	private static long elapsedMs(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** A refresh that cannot run for a reason the user should read. */
	static class RefreshRefusedException extends RuntimeException {

		RefreshRefusedException(String message) {
			super(message);
		}

	}

}
