package com.fanbase.admin;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import com.fanbase.segments.rules.Operator;

/**
 * Saved criteria in words, for the segment page: "Total spent at least 100 and (Genres
 * includes any of rock, indie or not City is Berlin)".
 */
final class CriteriaText {

	private CriteriaText() {
	}

	static String describe(JsonNode criteria) {
		return (criteria == null || criteria.isNull()) ? "" : node(criteria, true);
	}

	private static String node(JsonNode node, boolean top) {
		if (node.has("not")) {
			return "not " + node(node.get("not"), false);
		}
		if (node.has("rules")) {
			String joiner = "any".equals(node.path("match").asString()) ? " or " : " and ";
			List<String> parts = new ArrayList<>();
			node.get("rules").forEach((child) -> parts.add(node(child, false)));
			String text = String.join(joiner, parts);
			return (top || parts.size() < 2) ? text : "(" + text + ")";
		}
		String operator = node.path("operator").asString();
		String field = CriteriaCatalog.label(node.path("field").asString());
		if ("within_days".equals(operator) || "before_days".equals(operator)) {
			String days = value(node.get("value"));
			return field + (operator.equals("within_days") ? " within the last " + days + " days"
					: " more than " + days + " days ago");
		}
		return CriteriaCatalog.label(node.path("field").asString()) + " "
				+ Operator.fromToken(operator).map(CriteriaCatalog::label).orElse(operator) + " "
				+ ("between".equals(operator)
						? value(node.path("value").path(0)) + " and " + value(node.path("value").path(1))
						: value(node.get("value")));
	}

	private static String value(JsonNode value) {
		if (value == null || value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(item.asString()));
			return String.join(", ", items);
		}
		return value.asString();
	}

}
