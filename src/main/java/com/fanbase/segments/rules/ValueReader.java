package com.fanbase.segments.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import com.fanbase.web.Violations;

/**
 * Reads the list and name values of conditions. A list names at most its first bad
 * element, so a long bad list does not flood the response.
 */
final class ValueReader {

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

	private final Violations violations;

	ValueReader(Violations violations) {
		this.violations = violations;
	}

	/** Names for a name-set field, or null after naming the problem. */
	List<String> names(Field field, JsonNode value, String pointer) {
		return list(value, pointer, "names", (element) -> name(field, element));
	}

	/** Place names for {@code in} and {@code not_in}. */
	List<String> places(Field field, JsonNode value, String pointer) {
		return list(value, pointer, "names", (element) -> placeProblem(field, element));
	}

	/** The one place name of {@code is}. */
	String place(Field field, JsonNode value, String pointer) {
		String problem = placeProblem(field, value);
		if (problem != null) {
			this.violations.add(pointer, problem);
			return null;
		}
		return value.stringValue();
	}

	/** Event ids for {@code attended_event}. */
	List<Long> ids(JsonNode value, String pointer) {
		List<String> raw = list(value, pointer, "event ids",
				(element) -> isId(element) ? null : "must be an event id (a positive whole number)");
		return (raw != null) ? raw.stream().map(Long::valueOf).toList() : null;
	}

	/** A positive id, or null after adding {@code message} at {@code pointer}. */
	Long id(JsonNode value, String pointer, String message) {
		if (!isId(value)) {
			this.violations.add(pointer, message);
			return null;
		}
		return value.longValue();
	}

	/**
	 * The elements of a non-empty array as text, or null after naming the array's first
	 * problem; {@code problemOf} says what is wrong with an element, or null.
	 */
	private List<String> list(JsonNode value, String pointer, String what, Function<JsonNode, String> problemOf) {
		if (!value.isArray() || value.isEmpty() || value.size() > CriteriaParser.MAX_VALUES) {
			this.violations.add(pointer, "must be an array of 1 to " + CriteriaParser.MAX_VALUES + " " + what);
			return null;
		}
		List<String> elements = new ArrayList<>(value.size());
		for (int i = 0; i < value.size(); i++) {
			JsonNode element = value.get(i);
			String problem = problemOf.apply(element);
			if (problem != null) {
				this.violations.add(pointer + "/" + i, problem);
				return null;
			}
			elements.add(element.isString() ? element.stringValue() : String.valueOf(element.longValue()));
		}
		return elements;
	}

	private static String name(Field field, JsonNode element) {
		String problem = textProblem(element);
		if (problem == null && field.has(Field.Trait.WEEKDAYS)
				&& !Field.WEEKDAYS.contains(element.stringValue().strip().toLowerCase(Locale.ROOT))) {
			return "must be one of " + String.join(", ", Field.WEEKDAYS);
		}
		return problem;
	}

	private static String placeProblem(Field field, JsonNode element) {
		String problem = textProblem(element);
		if (problem == null && field.has(Field.Trait.COUNTRY_CODE)
				&& !COUNTRY_CODE.matcher(element.stringValue().strip()).matches()) {
			return "must be a two-letter country code";
		}
		return problem;
	}

	private static String textProblem(JsonNode element) {
		boolean valid = element.isString() && !element.stringValue().isBlank()
				&& element.stringValue().strip().length() <= CriteriaParser.MAX_NAME_LENGTH;
		return valid ? null : "must be a non-blank string of at most " + CriteriaParser.MAX_NAME_LENGTH + " characters";
	}

	private static boolean isId(JsonNode value) {
		return value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0;
	}

}
