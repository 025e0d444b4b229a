package com.fanbase.segments.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A segment's criteria as a tree: groups of rules, negations, and conditions on one
 * catalog field each. Every node is a valid, normalised value (names trimmed and
 * lower-cased, duplicates dropped), so the compiler and the evaluator never see raw
 * input. Logic is two-valued: a customer without a value for a field matches no condition
 * on it, and {@link Not} is the complement.
 */
public sealed interface Rule {

	/** All (or any) of the rules; an empty group is all: true, any: false. */
	record Group(Match match, List<Rule> rules) implements Rule {

		public Group {
			Objects.requireNonNull(match, "match");
			rules = List.copyOf(rules);
		}

		public static Group all(Rule... rules) {
			return new Group(Match.ALL, List.of(rules));
		}

		public static Group any(Rule... rules) {
			return new Group(Match.ANY, List.of(rules));
		}

	}

	/** Customers the rule does not match. */
	record Not(Rule rule) implements Rule {

		public Not {
			Objects.requireNonNull(rule, "rule");
		}

	}

	/** How a group combines its rules. */
	enum Match {

		ALL, ANY;

		/** The match as written in criteria JSON. */
		public String token() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** A leaf: one field, one operator, one value. */
	sealed interface Condition extends Rule {

		Field field();

		Operator operator();

	}

	/**
	 * A number compared with {@code value}, or for {@code between} with the inclusive
	 * range {@code [value, upper]}; money in major units.
	 */
	record Comparison(Field field, Operator operator, BigDecimal value, BigDecimal upper) implements Condition {

		public Comparison {
			requireKind(field, FieldKind.NUMBER, operator);
			value = canonical(Objects.requireNonNull(value, "value"));
			upper = (upper != null) ? canonical(upper) : null;
			boolean between = operator == Operator.BETWEEN;
			require(between == (upper != null), "upper is the high end of between and only of between");
			require(!between || value.compareTo(upper) <= 0, "between needs low <= high");
		}

	}

	/**
	 * A time at most ({@code within_days}) or more than ({@code before_days}) N days ago.
	 */
	record Recency(Field field, Operator operator, int days) implements Condition {

		public Recency {
			requireKind(field, FieldKind.RECENCY, operator);
			require(days >= 0, "days must not be negative");
		}

	}

	/** A set of names compared with {@code values} (trimmed, lower-cased). */
	record Names(Field field, Operator operator, List<String> values) implements Condition {

		public Names {
			requireKind(field, FieldKind.NAME_SET, operator);
			values = normalised(values);
		}

	}

	/** The events a customer has a paid order for, compared with {@code eventIds}. */
	record Events(Operator operator, List<Long> eventIds) implements Condition {

		public Events {
			requireKind(Field.ATTENDED_EVENT, FieldKind.EVENT_SET, operator);
			eventIds = eventIds.stream().distinct().toList();
			require(!eventIds.isEmpty(), "at least one event id is needed");
		}

		@Override
		public Field field() {
			return Field.ATTENDED_EVENT;
		}

	}

	/** A place: {@code is} one value, {@code in} or {@code not_in} several. */
	record Place(Field field, Operator operator, List<String> values) implements Condition {

		public Place {
			requireKind(field, FieldKind.PLACE, operator);
			values = normalised(values);
			require(operator != Operator.IS || values.size() == 1, "is takes one value");
		}

	}

	/** A yes/no fact that must equal {@code value}. */
	record Flag(Field field, boolean value) implements Condition {

		public Flag {
			requireKind(field, FieldKind.FLAG, Operator.IS);
		}

		@Override
		public Operator operator() {
			return Operator.IS;
		}

	}

	/** Membership ({@code in_segment}) or not ({@code not_in_segment}) of a segment. */
	record Membership(Field field, long segmentId) implements Condition {

		public Membership {
			requireKind(field, FieldKind.SEGMENT, Operator.IS);
			require(segmentId > 0, "segment ids are positive");
		}

		@Override
		public Operator operator() {
			return Operator.IS;
		}

		/** Whether a customer must be in the segment, rather than outside it. */
		public boolean member() {
			return this.field == Field.IN_SEGMENT;
		}

	}

	/** How names are compared: trimmed and lower-cased, as ingestion stores genres. */
	private static String normalise(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * {@code 100.50} as {@code 100.5}, {@code 1E+2} as {@code 100}: one value, one form.
	 */
	private static BigDecimal canonical(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static List<String> normalised(List<String> values) {
		List<String> names = values.stream().map(Rule::normalise).distinct().toList();
		require(!names.isEmpty() && !names.contains(""), "names must be non-empty and non-blank");
		return names;
	}

	private static void requireKind(Field field, FieldKind kind, Operator operator) {
		require(field.kind() == kind, field.apiName() + " is not a " + kind + " field");
		require(kind.accepts(operator), operator + " does not apply to " + kind + " fields");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
