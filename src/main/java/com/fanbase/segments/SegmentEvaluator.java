package com.fanbase.segments;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.segments.rules.CompiledCondition;
import com.fanbase.segments.rules.CriteriaParser;
import com.fanbase.segments.rules.Rule;
import com.fanbase.segments.rules.RuleCompiler;
import com.fanbase.segments.rules.SegmentReferences;
import com.fanbase.tenants.TenantId;

/**
 * Evaluates only some customers (those whose profiles changed, or whose time crossed a
 * rule's boundary) against every dynamic segment of their tenant, with the statement a
 * full refresh runs narrowed to them (see {@link SegmentDiff}). Segments are evaluated so
 * that one naming another with {@code in_segment} comes after it. A segment that changed
 * gets its member count, a history entry like a refresh's, and its lookalikes marked
 * stale; {@link SegmentMembersChanged} is published in the same transaction.
 */
@Component
public class SegmentEvaluator {

	private final JdbcClient jdbc;

	private final Segments segments;

	private final SegmentDiff diff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SegmentEvaluator(JdbcClient jdbc, Segments segments, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.segments = segments;
		this.diff = new SegmentDiff(jdbc);
		this.events = events;
		this.clock = clock;
	}

	/** Evaluates the customers now; answers the segments whose members changed. */
	@Transactional
	public List<Long> evaluate(TenantId tenant, Collection<Long> customers) {
		return evaluate(tenant, customers, this.clock.instant());
	}

	@Transactional
	public List<Long> evaluate(TenantId tenant, Collection<Long> customers, Instant now) {
		if (customers.isEmpty()) {
			return List.of();
		}
		Long[] scope = customers.stream().distinct().toArray(Long[]::new);
		List<Long> changed = new ArrayList<>();
		for (Segment segment : inDependencyOrder(dynamic(tenant))) {
			long started = System.nanoTime();
			this.diff.lock(tenant, segment.id());
			CompiledCondition condition = RuleCompiler.compile(criteria(segment), now);
			long[] counts = this.diff.apply(tenant, segment.id(), now, SegmentDiff.criteria(condition.sql(), true),
					condition.params(), scope);
			if (counts[1] + counts[2] > 0) {
				record(tenant, segment.id(), now, counts[1], counts[2], (System.nanoTime() - started) / 1_000_000);
				changed.add(segment.id());
			}
		}
		if (!changed.isEmpty()) {
			this.jdbc
				.sql("""
						update audience_segments set stale_since = coalesce(stale_since, :now)
						where tenant_id = :tenant and segment_type = 'lookalike' and source_segment_id = any(cast(:changed as bigint[]))
						""")
				.param("tenant", tenant.value())
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("changed", changed.toArray(Long[]::new))
				.update();
			this.events.publishEvent(new SegmentMembersChanged(tenant, List.copyOf(changed), now));
		}
		return changed;
	}

	/** The tenant's dynamic segments. */
	List<Segment> dynamic(TenantId tenant) {
		return this.segments.list(tenant).stream().filter(Segment::isDynamic).toList();
	}

	static Rule criteria(Segment segment) {
		return CriteriaParser.parse(segment.criteria(), "/criteria");
	}

	/**
	 * The segments ordered so that each comes after the segments it names (references are
	 * acyclic, as saving criteria checks).
	 */
	static List<Segment> inDependencyOrder(List<Segment> segments) {
		Map<Long, Segment> byId = new LinkedHashMap<>();
		segments.forEach((segment) -> byId.put(segment.id(), segment));
		Set<Long> ordered = new LinkedHashSet<>();
		byId.keySet().forEach((id) -> visit(id, byId, ordered, new LinkedHashSet<>()));
		return ordered.stream().map(byId::get).toList();
	}

	private static void visit(long id, Map<Long, Segment> byId, Set<Long> ordered, Set<Long> path) {
		if (ordered.contains(id) || !byId.containsKey(id) || !path.add(id)) {
			return;
		}
		SegmentReferences.of(criteria(byId.get(id))).forEach((next) -> visit(next, byId, ordered, path));
		ordered.add(id);
	}

	private void record(TenantId tenant, long segmentId, Instant now, long added, long removed, long ms) {
		Long size = this.jdbc.sql("""
				update audience_segments set member_count = member_count + :added - :removed
				where tenant_id = :tenant and id = :segment returning member_count
				""")
			.param("tenant", tenant.value())
			.param("segment", segmentId)
			.param("added", added)
			.param("removed", removed)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into audience_segment_history (tenant_id, segment_id, refreshed_at, size, added, removed,
				    duration_ms, status, error)
				values (:tenant, :segment, :at, :size, :added, :removed, :ms, 'succeeded', null)
				on conflict do nothing
				""")
			.param("tenant", tenant.value())
			.param("segment", segmentId)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("size", size)
			.param("added", added)
			.param("removed", removed)
			.param("ms", ms)
			.update();
	}

}
