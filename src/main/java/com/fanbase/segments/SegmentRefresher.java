package com.fanbase.segments;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
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
 * successful one refreshes the lookalikes built on the segment. A refresh that changed
 * members publishes {@link SegmentMembersChanged} in its transaction.
 */
@Component
public class SegmentRefresher {

	private static final Logger log = LoggerFactory.getLogger(SegmentRefresher.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Segments segments;

	private final Clock clock;

	private final SegmentDiff diff;

	private final ApplicationEventPublisher events;

	SegmentRefresher(JdbcClient jdbc, TransactionTemplate transactions, Segments segments, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.segments = segments;
		this.clock = clock;
		this.diff = new SegmentDiff(jdbc);
		this.events = events;
	}

	public SegmentRefresh refresh(TenantId tenant, long segmentId) {
		return refresh(tenant, segmentId, this.clock.instant());
	}

	/**
	 * Refreshes every dynamic segment of the tenant, each after the segments it names, so
	 * that {@code in_segment} reads members already brought up to date.
	 */
	public List<SegmentRefresh> refreshDynamic(TenantId tenant) {
		List<Segment> dynamic = this.segments.list(tenant).stream().filter(Segment::isDynamic).toList();
		return SegmentEvaluator.inDependencyOrder(dynamic)
			.stream()
			.map((segment) -> refresh(tenant, segment.id()))
			.toList();
	}

	/** Refreshes the segment as of {@code now} (the time entries and exits get). */
	SegmentRefresh refresh(TenantId tenant, long segmentId, Instant now) {
		Segment segment = this.segments.require(tenant, segmentId);
		long started = System.nanoTime();
		SegmentRefresh result;
		try {
			long[] counts = this.transactions.execute((status) -> {
				this.diff.lock(tenant, segmentId);
				long[] applied = switch (segment.segmentType()) {
					case "dynamic" -> applyCriteria(tenant, segment, now);
					case "lookalike" -> applyLookalike(tenant, segment, now);
					default -> new long[] { countMembers(tenant, segmentId), 0, 0 };
				};
				if (applied[1] + applied[2] > 0) {
					this.events.publishEvent(new SegmentMembersChanged(tenant, List.of(segmentId), now));
				}
				return applied;
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
		return this.diff.apply(tenant, segment.id(), now, SegmentDiff.criteria(condition.sql(), false),
				condition.params(), null);
	}

	private long[] applyLookalike(TenantId tenant, Segment segment, Instant now) {
		long sourceMembers = countMembers(tenant, segment.sourceSegmentId());
		if (sourceMembers == 0) {
			throw new RefreshRefusedException(
					"The source segment " + segment.sourceSegmentId() + " has no members to look like.");
		}
		long size = (segment.lookalikeSize() != null) ? segment.lookalikeSize()
				: (long) Math.ceil(segment.lookalikeRatio() * countProfiles(tenant));
		return this.diff.apply(tenant, segment.id(), now, LookalikeMatching.MATCHING,
				LookalikeMatching.params(segment.sourceSegmentId(), size, now), null);
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
					    last_refresh_error = :error, last_refresh_ms = :ms,
					    stale_since = case when :status = 'succeeded' then null else stale_since end,
					    time_evaluated_at = case when :status = 'succeeded' and segment_type = 'dynamic' then :at
					        else time_evaluated_at end
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
