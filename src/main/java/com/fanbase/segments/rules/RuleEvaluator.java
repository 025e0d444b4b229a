package com.fanbase.segments.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Evaluates a rule tree for one customer in memory, with the semantics of the SQL that
 * {@link RuleCompiler} produces: money compared exactly in cents, doubles as doubles,
 * inclusive {@code between}, missing values matching no condition, names and places
 * compared trimmed and lower-cased, and recency in days of 86,400 seconds before
 * {@code asOf} (truncated to microseconds).
 */
public final class RuleEvaluator {

	private final ProfileFacts facts;

	private final Instant asOf;

	private RuleEvaluator(ProfileFacts facts, Instant asOf) {
		this.facts = facts;
		this.asOf = asOf.truncatedTo(ChronoUnit.MICROS);
	}

	/** Whether the customer matches the rule at {@code asOf}. */
	public static boolean matches(Rule rule, ProfileFacts facts, Instant asOf) {
		return new RuleEvaluator(facts, asOf).test(rule);
	}

	/** The earliest time that is at most {@code days} days before {@code asOf}. */
	static Instant cutoff(Instant asOf, int days) {
		return asOf.minus(days, ChronoUnit.DAYS);
	}

	private boolean test(Rule rule) {
		return switch (rule) {
			case Group group -> switch (group.match()) {
				case ALL -> group.rules().stream().allMatch(this::test);
				case ANY -> group.rules().stream().anyMatch(this::test);
			};
			case Not not -> !test(not.rule());
			case Condition condition -> test(condition);
		};
	}

	private boolean test(Condition condition) {
		return switch (condition) {
			case Comparison comparison -> compare(comparison);
			case Recency recency -> recent(recency);
			case Names names -> compareSets(storedNames(names.field()), names.operator(), names.values());
			case Events events -> compareSets(this.facts.attendedEventIds(), events.operator(), events.eventIds());
			case Place place -> locate(place);
			case Flag flag -> FactReader.flag(flag.field(), this.facts) == flag.value();
			case Membership membership ->
				this.facts.segmentIds().contains(membership.segmentId()) == membership.member();
		};
	}

	private boolean compare(Comparison comparison) {
		Number actual = FactReader.number(comparison.field(), this.facts, this.asOf);
		if (actual == null) {
			return false;
		}
		int order = order(comparison.field(), actual, comparison.value());
		return switch (comparison.operator()) {
			case AT_LEAST -> order >= 0;
			case AT_MOST -> order <= 0;
			case EQUALS -> order == 0;
			case BETWEEN -> order >= 0 && order(comparison.field(), actual, comparison.upper()) <= 0;
			default -> throw unexpected(comparison);
		};
	}

	/** Like SQL: doubles against the value as a double, the rest exactly (cents). */
	private static int order(Field field, Number actual, BigDecimal value) {
		if (field.has(Field.Trait.REAL)) {
			double left = actual.doubleValue();
			double right = value.doubleValue();
			return (left < right) ? -1 : ((left > right) ? 1 : 0);
		}
		BigDecimal operand = field.has(Field.Trait.CENTS) ? value.movePointRight(2) : value;
		return BigDecimal.valueOf(actual.longValue()).compareTo(operand);
	}

	private boolean recent(Recency recency) {
		Instant time = FactReader.time(recency.field(), this.facts);
		if (time == null) {
			return false;
		}
		boolean within = !time.isBefore(cutoff(this.asOf, recency.days()));
		return switch (recency.operator()) {
			case WITHIN_DAYS -> within;
			case BEFORE_DAYS -> !within;
			default -> throw unexpected(recency);
		};
	}

	private Set<String> storedNames(Field field) {
		Set<String> names = FactReader.names(field, this.facts);
		if (!field.has(Field.Trait.FOLDS_CASE)) {
			return names;
		}
		return names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
	}

	private static <T> boolean compareSets(Collection<T> stored, Operator operator, List<T> values) {
		return switch (operator) {
			case INCLUDES -> values.stream().anyMatch(stored::contains);
			case INCLUDES_ALL -> stored.containsAll(values);
			case EXCLUDES -> values.stream().noneMatch(stored::contains);
			default -> throw new IllegalStateException(operator + " does not compare sets");
		};
	}

	private boolean locate(Place place) {
		String stored = FactReader.place(place.field(), this.facts);
		boolean in = stored != null && place.values().contains(trimSpaces(stored).toLowerCase(Locale.ROOT));
		return switch (place.operator()) {
			case IS, IN -> in;
			case NOT_IN -> !in;
			default -> throw unexpected(place);
		};
	}

	/** PostgreSQL's one-argument {@code btrim}: spaces only. */
	private static String trimSpaces(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == ' ') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == ' ') {
			end--;
		}
		return text.substring(start, end);
	}

	private static IllegalStateException unexpected(Condition condition) {
		return new IllegalStateException("Cannot evaluate " + condition.operator() + " on " + condition.field());
	}

}
