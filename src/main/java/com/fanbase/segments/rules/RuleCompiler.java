package com.fanbase.segments.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fanbase.segments.rules.Rule.Comparison;
import com.fanbase.segments.rules.Rule.Condition;
import com.fanbase.segments.rules.Rule.Events;
import com.fanbase.segments.rules.Rule.Flag;
import com.fanbase.segments.rules.Rule.Group;
import com.fanbase.segments.rules.Rule.Membership;
import com.fanbase.segments.rules.Rule.Names;
import com.fanbase.segments.rules.Rule.Not;
import com.fanbase.segments.rules.Rule.Place;
import com.fanbase.segments.rules.Rule.Recency;

/**
 * Compiles a rule tree into a SQL condition. The condition reads the alias {@code p}
 * ({@code profile_facts}) and is meant to sit in a query of this shape:
 *
 * <pre>
 * select p.customer_id
 * from profile_facts p
 * where p.tenant_id = :tenant and (&lt;condition&gt;)
 * </pre>
 *
 * Subqueries correlate on {@code p.tenant_id} and {@code p.customer_id} and use the
 * aliases {@code o} ({@code orders}), {@code s} ({@code audience_segment_customers}) and
 * {@code w} ({@code customer_profiles}). Recency is measured from the evaluation time
 * {@code asOf} (truncated to microseconds), passed as cut-off timestamps and as
 * {@code :as_of}, never SQL's {@code now()}, so a result can be reproduced. A day is
 * 86,400 seconds. Every condition is two-valued: a null column matches no comparison
 * (through {@code coalesce(..., false)}), so {@code not} is the complement and agrees
 * with {@link RuleEvaluator}.
 */
public final class RuleCompiler {

	/** The parameter that holds the evaluation time, where a condition needs it. */
	public static final String AS_OF = "as_of";

	private final Map<String, Object> params = new LinkedHashMap<>();

	private final Instant asOf;

	private RuleCompiler(Instant asOf) {
		this.asOf = asOf.truncatedTo(ChronoUnit.MICROS);
	}

	/** The condition for the rule as evaluated at {@code asOf}. */
	public static CompiledCondition compile(Rule rule, Instant asOf) {
		RuleCompiler compiler = new RuleCompiler(asOf);
		String sql = compiler.fragment(rule).sql();
		if (sql.contains(":" + AS_OF)) {
			compiler.params.put(AS_OF, utc(compiler.asOf));
		}
		return new CompiledCondition(sql, compiler.params);
	}

	private SqlFragment fragment(Rule rule) {
		return switch (rule) {
			case Group group -> group(group);
			case Not not -> fragment(not.rule()).not();
			case Condition condition -> SqlFragment.of(condition(condition));
		};
	}

	private SqlFragment group(Group group) {
		List<SqlFragment> parts = group.rules().stream().map(this::fragment).toList();
		return switch (group.match()) {
			case ALL -> parts.stream().reduce(SqlFragment.TRUE, SqlFragment::and);
			case ANY -> parts.stream().reduce(SqlFragment.FALSE, SqlFragment::or);
		};
	}

	private String condition(Condition condition) {
		return switch (condition) {
			case Comparison comparison -> guarded(comparison.field(), comparison(comparison));
			case Recency recency -> guarded(recency.field(), recency(recency));
			case Names names -> names(names);
			case Events events -> events(events);
			case Place place -> place(place);
			case Flag flag -> flag.field().sql() + " = " + bind(flag.value());
			case Membership membership -> membership.field().sql().formatted(bind(membership.segmentId()));
		};
	}

	private String comparison(Comparison comparison) {
		String sql = comparison.field().sql();
		String value = bind(scaled(comparison.field(), comparison.value()));
		return switch (comparison.operator()) {
			case AT_LEAST -> sql + " >= " + value;
			case AT_MOST -> sql + " <= " + value;
			case EQUALS -> sql + " = " + value;
			case BETWEEN -> sql + " between " + value + " and " + bind(scaled(comparison.field(), comparison.upper()));
			default -> throw unexpected(comparison);
		};
	}

	private String recency(Recency recency) {
		String cutoff = bind(utc(RuleEvaluator.cutoff(this.asOf, recency.days())));
		return switch (recency.operator()) {
			case WITHIN_DAYS -> recency.field().sql() + " >= " + cutoff;
			case BEFORE_DAYS -> recency.field().sql() + " < " + cutoff;
			default -> throw unexpected(recency);
		};
	}

	private String names(Names names) {
		String sql = names.field().sql();
		String values = bind(names.values().toArray(String[]::new)) + "::text[]";
		return switch (names.operator()) {
			case INCLUDES -> sql + " && " + values;
			case INCLUDES_ALL -> sql + " @> " + values;
			case EXCLUDES -> "not (" + sql + " && " + values + ")";
			default -> throw unexpected(names);
		};
	}

	private String events(Events events) {
		long[] ids = events.eventIds().stream().mapToLong(Long::longValue).toArray();
		String body = events.field().sql().formatted(bind(ids));
		return switch (events.operator()) {
			case INCLUDES -> "exists (select 1 " + body + ")";
			case INCLUDES_ALL -> "(select count(distinct o.event_id) " + body + ") = " + bind(ids.length);
			case EXCLUDES -> "not exists (select 1 " + body + ")";
			default -> throw unexpected(events);
		};
	}

	private String place(Place place) {
		String sql = place.field().sql();
		return switch (place.operator()) {
			case IS -> guarded(place.field(), sql + " = " + bind(place.values().get(0)));
			case IN -> guarded(place.field(), anyOf(sql, place.values()));
			case NOT_IN -> "not " + guarded(place.field(), anyOf(sql, place.values()));
			default -> throw unexpected(place);
		};
	}

	private String anyOf(String sql, List<String> values) {
		return sql + " = any(" + bind(values.toArray(String[]::new)) + "::text[])";
	}

	/** Turns SQL's unknown into false, so that {@code not} stays the complement. */
	private static String guarded(Field field, String comparison) {
		return field.nullable() ? "coalesce(" + comparison + ", false)" : comparison;
	}

	private static BigDecimal scaled(Field field, BigDecimal value) {
		return field.has(Field.Trait.CENTS) ? value.movePointRight(2) : value;
	}

	private String bind(Object value) {
		String name = "v" + (this.params.size() + 1);
		this.params.put(name, value);
		return ":" + name;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static IllegalStateException unexpected(Condition condition) {
		return new IllegalStateException("No SQL for " + condition.operator() + " on " + condition.field());
	}

}
