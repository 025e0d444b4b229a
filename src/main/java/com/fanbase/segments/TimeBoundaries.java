package com.fanbase.segments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.segments.rules.Field;
import com.fanbase.segments.rules.Rule;
import com.fanbase.segments.rules.Rule.Comparison;
import com.fanbase.segments.rules.Rule.Condition;
import com.fanbase.segments.rules.Rule.Group;
import com.fanbase.segments.rules.Rule.Not;
import com.fanbase.segments.rules.Rule.Recency;
import com.fanbase.tenants.TenantId;

/**
 * Where time alone moves customers in or out of dynamic segments: a rule relative to the
 * evaluation time ({@code last_purchase} or {@code customer_since} within or before N
 * days, {@code days_since_last_purchase} compared with a number) flips for a customer
 * only when their time crosses {@code now - k days} for the rule's boundaries {@code k}.
 * Between the time a segment's time rules were last evaluated for everyone and now, only
 * the customers whose time lies in one of those windows can have changed, and indexes on
 * both times find them without scanning the others.
 */
@Component
public class TimeBoundaries {

	/** A second of slack at each end of a window: a superset is harmless, a gap not. */
	private static final Duration SLACK = Duration.ofSeconds(1);

	private static final String SINCE = """
			select id, coalesce(time_evaluated_at, last_refreshed_at, created_at) as since from audience_segments
			where tenant_id = :tenant and segment_type = 'dynamic'
			""";

	private final JdbcClient jdbc;

	private final Segments segments;

	TimeBoundaries(JdbcClient jdbc, Segments segments) {
		this.jdbc = jdbc;
		this.segments = segments;
	}

	/** The tenants that have dynamic segments. */
	public List<TenantId> tenants() {
		return this.jdbc
			.sql("select distinct tenant_id from audience_segments where segment_type = 'dynamic' order by 1")
			.query(Long.class)
			.list()
			.stream()
			.map(TenantId::of)
			.toList();
	}

	/**
	 * The customers whose time crossed a boundary of one of the tenant's dynamic segments
	 * since it was last evaluated, up to {@code now}; empty when there are more than
	 * {@code limit} (then a full refresh is cheaper). The segments count as evaluated up
	 * to {@code now}: call within the transaction that records the work.
	 */
	public Optional<Set<Long>> crossed(TenantId tenant, Instant now, int limit) {
		Map<Long, Instant> since = new TreeMap<>();
		this.jdbc.sql(SINCE).param("tenant", tenant.value()).query((rs) -> {
			since.put(rs.getLong("id"), rs.getObject("since", OffsetDateTime.class).toInstant());
		});
		Set<Long> crossed = new TreeSet<>();
		boolean tooMany = false;
		List<Long> timed = new ArrayList<>();
		for (Segment segment : this.segments.list(tenant)) {
			if (!segment.isDynamic() || !since.containsKey(segment.id())) {
				continue;
			}
			List<Boundary> boundaries = new ArrayList<>();
			collect(SegmentEvaluator.criteria(segment), boundaries);
			if (!boundaries.isEmpty()) {
				timed.add(segment.id());
			}
			for (Boundary boundary : boundaries) {
				if (!tooMany) {
					tooMany = !window(tenant, boundary, since.get(segment.id()), now, limit - crossed.size(), crossed);
				}
			}
		}
		this.jdbc.sql("""
				update audience_segments set time_evaluated_at = :now
				where tenant_id = :tenant and id = any(cast(:ids as bigint[]))
				""")
			.param("tenant", tenant.value())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("ids", timed.toArray(Long[]::new))
			.update();
		return tooMany ? Optional.empty() : Optional.of(crossed);
	}

	/** Adds the window's customers; false when more than {@code room} would be added. */
	private boolean window(TenantId tenant, Boundary boundary, Instant since, Instant now, int room, Set<Long> into) {
		if (!now.isAfter(since)) {
			return true;
		}
		String column = (boundary.field() == Field.CUSTOMER_SINCE) ? "customer_since" : "last_purchase_at";
		Duration back = Duration.ofDays(boundary.days());
		List<Long> ids = this.jdbc.sql("""
				select customer_id from profile_facts
				where tenant_id = :tenant and %1$s > :lo and %1$s <= :hi limit :limit
				""".formatted(column))
			.param("tenant", tenant.value())
			.param("lo", since.minus(back).minus(SLACK).atOffset(ZoneOffset.UTC))
			.param("hi", now.minus(back).plus(SLACK).atOffset(ZoneOffset.UTC))
			.param("limit", Math.max(room, 0) + 1)
			.query(Long.class)
			.list();
		into.addAll(ids);
		return ids.size() <= room;
	}

	/** The boundaries of the time-relative conditions anywhere in the tree. */
	static void collect(Rule rule, List<Boundary> into) {
		switch (rule) {
			case Group group -> group.rules().forEach((child) -> collect(child, into));
			case Not not -> collect(not.rule(), into);
			case Recency recency -> into.add(new Boundary(recency.field(), recency.days()));
			case Comparison comparison when comparison.field() == Field.DAYS_SINCE_LAST_PURCHASE -> {
				days(comparison.value(), into);
				if (comparison.upper() != null) {
					days(comparison.upper(), into);
				}
			}
			case Condition condition -> {
				// Other conditions do not depend on the evaluation time.
			}
		}
	}

	/**
	 * Whole days since a time, compared with {@code value}, change their answer when the
	 * time crosses {@code now - k days} for k among floor, ceiling and floor + 1.
	 */
	private static void days(BigDecimal value, List<Boundary> into) {
		long floor = value.setScale(0, RoundingMode.FLOOR).longValueExact();
		long ceiling = value.setScale(0, RoundingMode.CEILING).longValueExact();
		for (long k : new TreeSet<>(List.of(floor, ceiling, floor + 1))) {
			into.add(new Boundary(Field.LAST_PURCHASE, k));
		}
	}

	/** Customers flip when {@code field} crosses {@code now - days}. */
	record Boundary(Field field, long days) {
	}

}
