package com.fanbase.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API document describes every operation in words, by capability, with its errors, in
 * the wire's names; it is written to {@code target/openapi.json}, which {@code .ci/run}
 * lints with Redocly's recommended rules.
 */
@IntegrationTest
class OpenApiDocumentTests extends ApiTestSupport {

	/**
	 * The published form: properties sorted, indented, so a change reads as a small diff.
	 */
	private static final JsonMapper PUBLISHED = JsonMapper.builder()
		.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	@Test
	void describesEveryOperationWithItsErrors() throws IOException {
		JsonNode document = anonymous().get("/v3/api-docs").body();
		Set<String> tags = new HashSet<>();
		document.path("tags").forEach((tag) -> tags.add(tag.path("name").asString()));
		Set<String> ids = new HashSet<>();
		List<String> undocumented = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				JsonNode operation = method.getValue();
				String name = method.getKey().toUpperCase() + " " + path.getKey();
				if (operation.path("summary").asString().isBlank() || operation.path("description").asString().isBlank()
						|| !tags.contains(operation.path("tags").path(0).asString())
						|| !ids.add(operation.path("operationId").asString())) {
					undocumented.add(name + " (words, tag or id; see openapi/operations.yml)");
				}
				boolean has4xx = operation.path("responses")
					.propertyNames()
					.stream()
					.anyMatch((s) -> s.startsWith("4"));
				if (!has4xx) {
					undocumented.add(name + " (no 4xx problem)");
				}
			}
		}
		assertThat(undocumented).isEmpty();
		assertThat(ids).hasSizeGreaterThan(50);
	}

	@Test
	void isTheDocumentPublishedInDocs() throws IOException {
		ObjectNode document = (ObjectNode) anonymous().get("/v3/api-docs").body();
		// the server is wherever the service runs: the published document names it
		// relative
		document.set("servers", PUBLISHED.readTree("[{\"url\": \"/\", \"description\": \"The service itself\"}]"));
		String served = PUBLISHED.writeValueAsString(document) + "\n";
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/openapi.json"), served);
		assertThat(Files.readString(Path.of("docs/openapi.json")))
			.as("docs/openapi.json is the API as served: review target/openapi.json and copy it to docs/openapi.json")
			.isEqualTo(served);
	}

	@Test
	void namesEverySchemaPropertyAsTheWireDoes() {
		JsonNode schemas = anonymous().get("/v3/api-docs").body().path("components").path("schemas");
		List<String> camel = new ArrayList<>();
		for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
			schema.getValue()
				.path("properties")
				.propertyNames()
				.stream()
				.filter((property) -> !property.equals(property.toLowerCase()))
				.forEach((property) -> camel.add(schema.getKey() + "." + property));
		}
		assertThat(camel).isEmpty();
		assertThat(schemas.path("SegmentPreview").path("properties").has("reachable_email")).isTrue();
	}

	@Test
	void takesTheTenantOnlyFromTheKeyOrTenantId() {
		JsonNode paths = anonymous().get("/v3/api-docs").body().path("paths");
		List<String> stray = new ArrayList<>();
		paths.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((method) -> method.getValue().path("parameters").forEach((parameter) -> {
					String name = parameter.path("name").asString();
					if (name.equals("tenant") || name.equals("parameters")) {
						stray.add(method.getKey() + " " + path.getKey() + " " + name);
					}
				})));
		assertThat(stray).isEmpty();
	}

}
