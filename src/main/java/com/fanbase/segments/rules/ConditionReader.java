package com.fanbase.segments.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import com.fanbase.segments.rules.Rule.Comparison;
import com.fanbase.segments.rules.Rule.Condition;
import com.fanbase.segments.rules.Rule.Events;
import com.fanbase.segments.rules.Rule.Flag;
import com.fanbase.segments.rules.Rule.Membership;
import com.fanbase.segments.rules.Rule.Names;
import com.fanbase.segments.rules.Rule.Place;
import com.fanbase.segments.rules.Rule.Recency;
import com.fanbase.web.Violations;

/**
 * Reads one condition {@code {field, operator, value}}: the field from the catalog, an
 * operator the field takes, and a value of the shape the field's kind needs.
 */
final class ConditionReader {

	private static final String FIELDS = Arrays.stream(Field.values())
		.map(Field::apiName)
		.collect(Collectors.joining(", "));

	private static final BigDecimal MAX_NUMBER = BigDecimal.valueOf(CriteriaParser.MAX_NUMBER);

	private final Violations violations;

	private final ValueReader values;

	ConditionReader(Violations violations) {
		this.violations = violations;
		this.values = new ValueReader(violations);
	}

	/** The condition, or null after naming its problems. */
	Condition read(JsonNode node, String pointer) {
		Field field = field(node.get("field"), pointer + "/field");
		Operator operator = operator(node.get("operator"), pointer + "/operator", field);
		JsonNode value = node.get("value");
		if (value == null) {
			this.violations.add(pointer + "/value", "is required");
		}
		if (field == null || operator == null || value == null) {
			return null;
		}
		String at = pointer + "/value";
		return switch (field.kind()) {
			case NUMBER -> comparison(field, operator, value, at);
			case RECENCY -> recency(field, operator, value, at);
			case NAME_SET -> nullOr(this.values.names(field, value, at), (names) -> new Names(field, operator, names));
			case EVENT_SET -> nullOr(this.values.ids(value, at), (ids) -> new Events(operator, ids));
			case PLACE -> place(field, operator, value, at);
			case FLAG -> flag(field, value, at);
			case SEGMENT -> segment(field, value, at);
		};
	}

	private Field field(JsonNode node, String pointer) {
		if (node == null || !node.isString()) {
			this.violations.add(pointer, (node == null) ? "is required" : "must be a string");
			return null;
		}
		return Field.byName(node.stringValue()).orElseGet(() -> {
			this.violations.add(pointer, "is not a known field; use one of " + FIELDS);
			return null;
		});
	}

	private Operator operator(JsonNode node, String pointer, Field field) {
		if (node == null || !node.isString()) {
			this.violations.add(pointer, (node == null) ? "is required" : "must be a string");
			return null;
		}
		Operator operator = Operator.fromToken(node.stringValue()).orElse(null);
		if (field != null && (operator == null || !field.kind().accepts(operator))) {
			String tokens = field.operators().stream().map(Operator::token).collect(Collectors.joining(", "));
			this.violations.add(pointer, "is not an operator of " + field.apiName() + "; use one of " + tokens);
			return null;
		}
		if (operator == null) {
			this.violations.add(pointer, "is not a known operator");
		}
		return operator;
	}

	private Comparison comparison(Field field, Operator operator, JsonNode value, String pointer) {
		if (operator != Operator.BETWEEN) {
			BigDecimal number = number(value, pointer);
			return (number != null) ? new Comparison(field, operator, number, null) : null;
		}
		if (!value.isArray() || value.size() != 2) {
			this.violations.add(pointer, "must be an array of two numbers: [low, high]");
			return null;
		}
		BigDecimal low = number(value.get(0), pointer + "/0");
		BigDecimal high = number(value.get(1), pointer + "/1");
		if (low == null || high == null) {
			return null;
		}
		if (low.compareTo(high) > 0) {
			this.violations.add(pointer, "low must not be greater than high");
			return null;
		}
		return new Comparison(field, operator, low, high);
	}

	private BigDecimal number(JsonNode node, String pointer) {
		boolean finite = node.isNumber() && (!node.isFloatingPointNumber() || Double.isFinite(node.doubleValue()));
		if (!finite) {
			this.violations.add(pointer, "must be a number");
			return null;
		}
		BigDecimal number = node.decimalValue();
		if (number.abs().compareTo(MAX_NUMBER) > 0) {
			this.violations.add(pointer, "must be between -" + MAX_NUMBER + " and " + MAX_NUMBER);
			return null;
		}
		return number;
	}

	private Recency recency(Field field, Operator operator, JsonNode value, String pointer) {
		if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0
				|| value.longValue() > CriteriaParser.MAX_DAYS) {
			this.violations.add(pointer, "must be a whole number of days from 0 to " + CriteriaParser.MAX_DAYS);
			return null;
		}
		return new Recency(field, operator, (int) value.longValue());
	}

	private Place place(Field field, Operator operator, JsonNode value, String pointer) {
		if (operator == Operator.IS) {
			String name = this.values.place(field, value, pointer);
			return (name != null) ? new Place(field, operator, List.of(name)) : null;
		}
		return nullOr(this.values.places(field, value, pointer), (names) -> new Place(field, operator, names));
	}

	private Flag flag(Field field, JsonNode value, String pointer) {
		if (!value.isBoolean()) {
			this.violations.add(pointer, "must be true or false");
			return null;
		}
		return new Flag(field, value.booleanValue());
	}

	private Membership segment(Field field, JsonNode value, String pointer) {
		Long id = this.values.id(value, pointer, "must be a segment id (a positive whole number)");
		return (id != null) ? new Membership(field, id) : null;
	}

	private static <T, R> R nullOr(T value, Function<T, R> then) {
		return (value != null) ? then.apply(value) : null;
	}

}
