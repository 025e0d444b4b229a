package com.fanbase.segments.rules;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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
 * Writes a rule tree as criteria JSON in its normalised form, which
 * {@link CriteriaParser} reads back into an equal tree.
 */
public final class CriteriaWriter {

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private CriteriaWriter() {
	}

	public static ObjectNode write(Rule rule) {
		return switch (rule) {
			case Group group -> {
				ObjectNode node = nodes.objectNode().put("match", group.match().token());
				ArrayNode rules = node.putArray("rules");
				group.rules().forEach((child) -> rules.add(write(child)));
				yield node;
			}
			case Not not -> nodes.objectNode().set("not", write(not.rule()));
			case Condition condition -> condition(condition);
		};
	}

	private static ObjectNode condition(Condition condition) {
		ObjectNode node = nodes.objectNode()
			.put("field", condition.field().apiName())
			.put("operator", condition.operator().token());
		switch (condition) {
			case Comparison comparison -> {
				if (comparison.operator() == Operator.BETWEEN) {
					node.putArray("value").add(comparison.value()).add(comparison.upper());
				}
				else {
					node.put("value", comparison.value());
				}
			}
			case Recency recency -> node.put("value", recency.days());
			case Names names -> strings(node, names.values());
			case Events events -> events.eventIds().forEach(node.putArray("value")::add);
			case Place place -> {
				if (place.operator() == Operator.IS) {
					node.put("value", place.values().get(0));
				}
				else {
					strings(node, place.values());
				}
			}
			case Flag flag -> node.put("value", flag.value());
			case Membership membership -> node.put("value", membership.segmentId());
		}
		return node;
	}

	private static void strings(ObjectNode node, List<String> values) {
		ArrayNode array = node.putArray("value");
		values.forEach(array::add);
	}

}
