package com.fanbase.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The API document's schemas as the wire has them: the hand-written ones of the
 * {@link ApiCatalog}, Jackson trees as free-form objects (or the catalog's schema for a
 * named property, such as criteria), the properties the API sends as null, and Java maps
 * of any values as objects of any values.
 */
final class DocumentedSchemas {

	private static final String TREE = "JsonNode";

	private final ApiCatalog catalog;

	DocumentedSchemas(ApiCatalog catalog) {
		this.catalog = catalog;
	}

	@SuppressWarnings("rawtypes")
	void complete(Map<String, Schema> schemas) {
		this.catalog.schemas().forEach((name, definition) -> {
			Schema<?> schema = Json.mapper().convertValue(definition, Schema.class);
			untyped(definition, schema);
			schemas.put(name, schema);
		});
		treeProperties(schemas);
		this.catalog.nullable().forEach((property) -> {
			String[] names = property.split("\\.");
			((Schema<?>) schemas.get(names[0]).getProperties().get(names[1])).setNullable(true);
		});
		schemas.values().forEach(DocumentedSchemas::anyValues);
	}

	/**
	 * Spring answers JSON; springdoc documents {@code *}/{@code *} when it cannot tell.
	 */
	/**
	 * Jackson trees are documented as free-form values, and the properties the catalog
	 * names (criteria) by their schema.
	 */
	@SuppressWarnings("rawtypes")
	private void treeProperties(Map<String, Schema> schemas) {
		schemas.put(TREE, of(Map.of("description", "A JSON object; the operation's description says what it holds.")));
		schemas.values().forEach((schema) -> {
			Map<String, Schema> properties = schema.getProperties();
			if (properties == null) {
				return;
			}
			this.catalog.treeProperties().forEach((property, documented) -> {
				Schema<?> current = properties.get(property);
				if (current != null && ("#/components/schemas/" + TREE).equals(current.get$ref())) {
					properties.put(property, new Schema<>().$ref("#/components/schemas/" + documented));
				}
			});
		});
	}

	/**
	 * A property the catalog gives no type (a criteria rule's value: a number, a list, a
	 * flag...) is any JSON value; reading the definition would make it an object.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void untyped(Object definition, Schema<?> schema) {
		if (!(definition instanceof Map<?, ?> map) || !(map.get("properties") instanceof Map<?, ?> properties)
				|| schema.getProperties() == null) {
			return;
		}
		properties.forEach((name, property) -> {
			Schema target = schema.getProperties().get(name);
			if (property instanceof Map<?, ?> typed && target != null && !typed.containsKey("type")
					&& !typed.containsKey("$ref") && !typed.containsKey("oneOf") && !typed.containsKey("anyOf")
					&& !typed.containsKey("allOf")) {
				target.setType(null);
				target.setTypes(null);
			}
		});
	}

	static Schema<?> of(Map<String, Object> definition) {
		return Json.mapper().convertValue(definition, Schema.class);
	}

	/**
	 * A Java {@code Map<String, Object>} answer holds values of any JSON type, but in
	 * OpenAPI 3.0 springdoc documents its values as objects; they become any value.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void anyValues(Schema schema) {
		if (schema == null) {
			return;
		}
		if (schema.getAdditionalProperties() instanceof Schema values) {
			if (values.get$ref() == null && values.getProperties() == null && "object".equals(values.getType())
					&& values.getAdditionalProperties() == null) {
				schema.setAdditionalProperties(true);
			}
			else {
				anyValues(values);
			}
		}
		if (schema.getProperties() != null) {
			((Map<String, Schema>) schema.getProperties()).values().forEach(DocumentedSchemas::anyValues);
		}
		anyValues(schema.getItems());
		for (List<Schema> composed : new List[] { schema.getAllOf(), schema.getOneOf(), schema.getAnyOf() }) {
			if (composed != null) {
				composed.forEach(DocumentedSchemas::anyValues);
			}
		}
	}

}
