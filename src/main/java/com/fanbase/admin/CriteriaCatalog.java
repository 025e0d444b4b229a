package com.fanbase.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import com.fanbase.segments.Segment;
import com.fanbase.segments.rules.CriteriaParser;
import com.fanbase.segments.rules.Field;
import com.fanbase.segments.rules.FieldKind;
import com.fanbase.segments.rules.Operator;

/**
 * The segment builder's menu, made from the rule catalog ({@link Field},
 * {@link FieldKind}, {@link Operator}): every field the criteria syntax knows, grouped by
 * kind, with the operators it takes. A new field appears in the builder by itself; a new
 * kind or operator does not compile until it has a label here.
 */
final class CriteriaCatalog {

	private static final JsonMapper json = JsonMapper.builder().build();

	private CriteriaCatalog() {
	}

	/**
	 * The catalog as JSON for the builder script, with the tenant's segments to refer to.
	 */
	static String json(List<Segment> segments) {
		Map<String, Object> catalog = new LinkedHashMap<>();
		catalog.put("fields", Arrays.stream(Field.values()).map(CriteriaCatalog::field).toList());
		catalog.put("segments",
				segments.stream().map((segment) -> Map.of("id", segment.id(), "name", segment.name())).toList());
		catalog.put("weekdays", Field.WEEKDAYS);
		catalog.put("max_depth", CriteriaParser.MAX_DEPTH);
		return json.writeValueAsString(catalog);
	}

	private static Map<String, Object> field(Field field) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("name", field.apiName());
		entry.put("label", label(field.apiName()));
		entry.put("kind", field.kind().name());
		entry.put("group", group(field.kind()));
		entry.put("operators",
				field.operators()
					.stream()
					.map((operator) -> Map.of("token", operator.token(), "label", label(operator)))
					.toList());
		return entry;
	}

	static String label(String apiName) {
		String words = apiName.replace('_', ' ').replace("90d", "(90 days)");
		return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}

	static String group(FieldKind kind) {
		return switch (kind) {
			case NUMBER -> "Spend, scores and counts";
			case RECENCY -> "Dates";
			case NAME_SET -> "Preferences";
			case EVENT_SET -> "Events attended";
			case PLACE -> "Location";
			case FLAG -> "Consent and contact";
			case SEGMENT -> "Other segments";
		};
	}

	static String label(Operator operator) {
		return switch (operator) {
			case AT_LEAST -> "at least";
			case AT_MOST -> "at most";
			case EQUALS -> "equals";
			case BETWEEN -> "between";
			case WITHIN_DAYS -> "within the last (days)";
			case BEFORE_DAYS -> "more than (days) ago";
			case INCLUDES -> "includes any of";
			case INCLUDES_ALL -> "includes all of";
			case EXCLUDES -> "includes none of";
			case IS -> "is";
			case IN -> "is one of";
			case NOT_IN -> "is not one of";
		};
	}

}
