package com.fanbase.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies the API's input rules while JSON bodies are read, in one place for every
 * endpoint: every text (record fields, list elements, map values and the strings of JSON
 * trees such as criteria, settings and credentials) follows {@link TextLimits}; an id (a
 * field named {@code id}, {@code ..._id} or {@code ..._ids}) is a positive 64-bit
 * integer; any other integer fits its Java type. A violation answers 400
 * {@code invalid-request} naming the field, never reaches the database.
 */
public final class InputRulesModule extends SimpleModule {

	public InputRulesModule() {
		super("fanbase-input-rules");
		addDeserializer(String.class, new Text(null));
		addDeserializer(Long.class, new Whole(null, new NumberDeserializers.LongDeserializer(Long.class, null)));
		addDeserializer(Long.TYPE, new Whole(null, new NumberDeserializers.LongDeserializer(Long.TYPE, 0L)));
		addDeserializer(JsonNode.class, new Tree());
	}

	static boolean isId(String field) {
		return field != null && (field.equals("id") || field.endsWith("_id") || field.endsWith("_ids"));
	}

	private static final class Text extends ValueDeserializer<String> {

		private final String field;

		Text(String field) {
			this.field = field;
		}

		@Override
		public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			return new Text((property != null) ? property.getName() : null);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			String value = StringDeserializer.instance.deserialize(parser, context);
			String problem = TextLimits.problem(this.field, value);
			if (problem != null) {
				throw new RejectedInputException(parser, problem);
			}
			return value;
		}

		@Override
		public Object getNullValue(DeserializationContext context) {
			return null;
		}

	}

	private static final class Whole extends ValueDeserializer<Long> {

		private final String field;

		private final NumberDeserializers.LongDeserializer standard;

		Whole(String field, NumberDeserializers.LongDeserializer standard) {
			this.field = field;
			this.standard = standard;
		}

		@Override
		public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			return new Whole((property != null) ? property.getName() : null, this.standard);
		}

		@Override
		public Long deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			boolean id = isId(this.field);
			if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
					&& parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
				throw new RejectedInputException(parser,
						id ? "must be a positive integer of at most 64 bits" : "is out of range");
			}
			Long value = this.standard.deserialize(parser, context);
			if (id && value != null && value <= 0) {
				throw new RejectedInputException(parser, "must be a positive integer of at most 64 bits");
			}
			return value;
		}

		@Override
		public Object getNullValue(DeserializationContext context) {
			return this.standard.getNullValue(context);
		}

	}

	/**
	 * Reads a tree as Jackson does, then holds every string, property name and id in it
	 * to the same rules.
	 */
	private static final class Tree extends ValueDeserializer<JsonNode> {

		@SuppressWarnings("unchecked")
		private static final ValueDeserializer<JsonNode> standard = (ValueDeserializer<JsonNode>) JsonNodeDeserializer
			.getDeserializer(JsonNode.class);

		@Override
		public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			JsonNode tree = standard.deserialize(parser, context);
			check(parser, tree, null, new ArrayDeque<>());
			return tree;
		}

		@Override
		public JsonNode getNullValue(DeserializationContext context) {
			return (JsonNode) standard.getNullValue(context);
		}

		/**
		 * A member left out stays null (not a JSON null), as with Jackson's own reader.
		 */
		@Override
		public Object getAbsentValue(DeserializationContext context) {
			return standard.getAbsentValue(context);
		}

		private static void check(JsonParser parser, JsonNode node, String field, Deque<Object> at) {
			if (node.isString()) {
				reject(parser, at, TextLimits.problem(field, node.asString()));
			}
			else if (node.isIntegralNumber() && isId(field)) {
				boolean valid = node.canConvertToLong() && node.asLong() > 0;
				reject(parser, at, valid ? null : "must be a positive integer of at most 64 bits");
			}
			else if (node.isArray()) {
				for (int i = 0; i < node.size(); i++) {
					at.addLast(i);
					check(parser, node.get(i), field, at);
					at.removeLast();
				}
			}
			else if (node.isObject()) {
				for (Map.Entry<String, JsonNode> property : node.properties()) {
					String name = property.getKey();
					reject(parser, at,
							(name.indexOf('\0') >= 0 || name.length() > TextLimits.PROPERTY_NAME)
									? "holds a property name with a NUL character or over " + TextLimits.PROPERTY_NAME
											+ " characters"
									: null);
					at.addLast(name);
					check(parser, property.getValue(), name, at);
					at.removeLast();
				}
			}
		}

		private static void reject(JsonParser parser, Deque<Object> at, String problem) {
			if (problem == null) {
				return;
			}
			RejectedInputException rejected = new RejectedInputException(parser, problem);
			at.descendingIterator().forEachRemaining((step) -> {
				if (step instanceof Integer index) {
					rejected.prependPath(null, index);
				}
				else {
					rejected.prependPath(null, (String) step);
				}
			});
			throw rejected;
		}

	}

}
