package com.fanbase.segments.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import com.fanbase.segments.rules.Rule.Group;
import com.fanbase.segments.rules.Rule.Match;
import com.fanbase.segments.rules.Rule.Not;
import com.fanbase.web.InvalidRequestException;
import com.fanbase.web.Violations;

/**
 * Reads criteria JSON into a rule tree, or refuses it with every problem named by the
 * JSON pointer of the offending node. The syntax:
 *
 * <pre>
 * criteria  = group
 * group     = {"match": "all" | "any", "rules": [rule, ...]}
 * rule      = {"field": name, "operator": token, "value": value} | group | {"not": rule}
 * </pre>
 *
 * Limits: groups and negations nest at most {@value #MAX_DEPTH} deep (the top-level group
 * is level 1); at most {@value #MAX_RULES} rules in all, counting conditions, groups and
 * negations below the top; at most {@value #MAX_VALUES} values in a list, names of at
 * most {@value #MAX_NAME_LENGTH} characters, day counts from 0 to {@value #MAX_DAYS},
 * numbers within &plusmn;{@value #MAX_NUMBER}.
 */
public final class CriteriaParser {

	public static final int MAX_DEPTH = 8;

	public static final int MAX_RULES = 200;

	public static final int MAX_VALUES = 500;

	public static final int MAX_NAME_LENGTH = 200;

	public static final int MAX_DAYS = 36_500;

	public static final long MAX_NUMBER = 1_000_000_000_000L;

	private static final String RULE_SHAPE = "must be a rule {field, operator, value}, a group {match, rules}"
			+ " or a negation {not}";

	private final Violations violations = new Violations();

	private final ConditionReader conditions = new ConditionReader(this.violations);

	private final String root;

	private int rules;

	private CriteriaParser(String root) {
		this.root = root;
	}

	/**
	 * Parses the criteria found at {@code pointer} in the request body
	 * ({@code /criteria}, or {@code ""} for a body that is the criteria).
	 * @throws InvalidRequestException naming every problem
	 */
	public static Group parse(JsonNode criteria, String pointer) {
		CriteriaParser parser = new CriteriaParser(pointer);
		Group group = parser.top(criteria);
		parser.violations.throwIfAny();
		return group;
	}

	private Group top(JsonNode node) {
		if (node == null || !node.isObject() || node.has("not") || !(node.has("match") || node.has("rules"))) {
			this.violations.add(this.root, "must be a group: an object with match (all or any) and rules");
			return null;
		}
		return group(node, this.root, 1);
	}

	private Rule rule(JsonNode node, String pointer, int depth) {
		if (++this.rules > MAX_RULES) {
			if (this.rules == MAX_RULES + 1) {
				this.violations.add(this.root, "has more than " + MAX_RULES + " rules");
			}
			return null;
		}
		if (!node.isObject()) {
			this.violations.add(pointer, RULE_SHAPE);
			return null;
		}
		if (node.has("not")) {
			return not(node, pointer, depth);
		}
		if (node.has("match") || node.has("rules")) {
			return group(node, pointer, depth);
		}
		if (node.has("field") || node.has("operator") || node.has("value")) {
			allowOnly(node, pointer, this.violations, "field", "operator", "value");
			return this.conditions.read(node, pointer);
		}
		this.violations.add(pointer, RULE_SHAPE);
		return null;
	}

	private Group group(JsonNode node, String pointer, int depth) {
		if (tooDeep(pointer, depth)) {
			return null;
		}
		allowOnly(node, pointer, this.violations, "match", "rules");
		Match match = match(node.get("match"), pointer + "/match");
		JsonNode list = node.get("rules");
		if (list == null || !list.isArray()) {
			this.violations.add(pointer + "/rules", "must be an array of rules");
			return null;
		}
		if (list.isEmpty()) {
			this.violations.add(pointer + "/rules", "must contain at least one rule");
			return null;
		}
		List<Rule> children = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			children.add(rule(list.get(i), pointer + "/rules/" + i, depth + 1));
		}
		return (match != null && !children.contains(null)) ? new Group(match, children) : null;
	}

	private Not not(JsonNode node, String pointer, int depth) {
		if (tooDeep(pointer, depth)) {
			return null;
		}
		allowOnly(node, pointer, this.violations, "not");
		Rule negated = rule(node.get("not"), pointer + "/not", depth + 1);
		return (negated != null) ? new Not(negated) : null;
	}

	private boolean tooDeep(String pointer, int depth) {
		if (depth > MAX_DEPTH) {
			this.violations.add(pointer, "nests deeper than " + MAX_DEPTH + " levels of groups and negations");
			return true;
		}
		return false;
	}

	private Match match(JsonNode node, String pointer) {
		String token = (node != null && node.isString()) ? node.stringValue() : "";
		Match match = switch (token) {
			case "all" -> Match.ALL;
			case "any" -> Match.ANY;
			default -> null;
		};
		if (match == null) {
			this.violations.add(pointer, (node == null) ? "is required: all or any" : "must be all or any");
		}
		return match;
	}

	/** Names each property of {@code node} that is not one of {@code allowed}. */
	static void allowOnly(JsonNode node, String pointer, Violations violations, String... allowed) {
		Set<String> known = Set.of(allowed);
		for (String name : node.propertyNames()) {
			if (!known.contains(name)) {
				violations.add(pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
						"is not a known property here");
			}
		}
	}

}
