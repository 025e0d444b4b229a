package com.fanbase.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import com.fanbase.web.ApiCatalog.Entry;
import com.fanbase.web.ApiCatalog.ProblemType;

/**
 * Gives the generated API document its words and its errors from the {@link ApiCatalog}:
 * ids, tags, summaries and descriptions; every operation's problem responses, the shared
 * ones (401 without a key; 400 and 403 for the tenant; 400 for invalid input; 400, 413
 * and 415 for a body that cannot be read as sent) and its own, each status with an
 * example per problem type; JSON rather than any media type for answers; ingestion's four
 * body formats; and paths with a closed set of values written out one by one.
 */
class ApiDocumentation implements GlobalOpenApiCustomizer {

	static final String PROBLEM = "application/problem+json";

	private final ApiCatalog catalog;

	private final DocumentedSchemas schemas;

	ApiDocumentation(ApiCatalog catalog) {
		this.catalog = catalog;
		this.schemas = new DocumentedSchemas(catalog);
	}

	@Override
	public void customise(OpenAPI openApi) {
		this.schemas.complete(openApi.getComponents().getSchemas());
		openApi.setTags(this.catalog.tags()
			.entrySet()
			.stream()
			.map((tag) -> new Tag().name(tag.getKey()).description(tag.getValue()))
			.toList());
		Paths paths = new Paths();
		openApi.getPaths().forEach((path, item) -> {
			item.readOperationsMap().forEach((method, operation) -> describe(method.name(), path, operation));
			expand(path, item).forEach(paths::addPathItem);
		});
		openApi.setPaths(paths);
		paths.values()
			.stream()
			.flatMap((item) -> item.readOperations().stream())
			.flatMap((operation) -> operation.getResponses().values().stream())
			.filter((response) -> response.getContent() != null)
			.flatMap((response) -> response.getContent().values().stream())
			.forEach((media) -> DocumentedSchemas.anyValues(media.getSchema()));
	}

	private void describe(String method, String path, Operation operation) {
		Entry entry = this.catalog.operation(method, path).orElse(null);
		if (entry == null) {
			return;
		}
		operation.operationId(entry.id()).summary(entry.summary()).description(entry.description());
		operation.setTags(List.of(entry.tag()));
		entry.query()
			.forEach((name,
					description) -> operation.addParametersItem(new Parameter().in("query")
						.name(name)
						.required(false)
						.description(description)
						.schema(DocumentedSchemas.of(Map.of("type", "string")))));
		if (entry.ingest() != null) {
			ingestion(operation, entry.ingest());
		}
		if (entry.open()) {
			operation.setSecurity(List.of());
		}
		answerJson(operation.getResponses());
		ApiResponse ok = operation.getResponses().get("200");
		if (!entry.success().isEmpty() && ok != null) {
			operation.getResponses().remove("200");
			entry.success()
				.forEach((status) -> operation.getResponses()
					.addApiResponse(String.valueOf(status),
							new ApiResponse().content(ok.getContent()).description(Entry.successDescription(status))));
		}
		problems(entry, operation).forEach(operation.getResponses()::addApiResponse);
	}

	private static void answerJson(ApiResponses responses) {
		responses.values().forEach((response) -> {
			Content content = response.getContent();
			if (content != null && content.containsKey("*/*")) {
				MediaType media = content.remove("*/*");
				content.addMediaType("application/json", media);
			}
		});
	}

	/**
	 * Every operation outside {@code /tenants} (operator only) acts for a tenant, named
	 * by the key, the query or the body.
	 */
	private Map<String, ApiResponse> problems(Entry entry, Operation operation) {
		List<String> slugs = new ArrayList<>();
		if (!entry.open()) {
			slugs.addAll(List.of("unauthenticated", "invalid-api-key"));
		}
		// Every operation outside /tenants (operator only) acts for a tenant, named by
		// the
		// key, the query or the body.
		if (entry.key().contains(" /api/audience/tenants")) {
			slugs.add("forbidden");
		}
		else if (!entry.open()) {
			// forbidden: the key's role (analyst, marketer, owner) may not use the
			// operation.
			slugs.addAll(List.of("forbidden", "tenant-required", "tenant-mismatch", "tenant-not-found"));
		}
		// Any query may be refused (a NUL, a broken escape), whatever the operation
		// reads.
		slugs.add("invalid-request");
		if (operation.getRequestBody() != null) {
			// A body that is not the gzip it says, or in an encoding the API does not
			// take.
			slugs.addAll(List.of("malformed-encoding", "unsupported-content-encoding"));
		}
		if (operation.getRequestBody() != null && entry.ingest() == null) {
			slugs.addAll(List.of("malformed-body", "body-too-large", "unsupported-media-type"));
		}
		if (entry.ingest() != null) {
			slugs.add("inflated-body-too-large");
		}
		slugs.addAll(entry.problems());
		Map<Integer, List<ProblemType>> byStatus = new TreeMap<>();
		slugs.stream()
			.distinct()
			.map(this.catalog::problemType)
			.forEach((type) -> byStatus.computeIfAbsent(type.status(), (status) -> new ArrayList<>()).add(type));
		Map<String, ApiResponse> responses = new LinkedHashMap<>();
		byStatus.forEach((status, types) -> responses.put(String.valueOf(status), problemResponse(types)));
		return responses;
	}

	private static ApiResponse problemResponse(List<ProblemType> types) {
		MediaType media = new MediaType().schema(DocumentedSchemas.of(Map.of("$ref", "#/components/schemas/Problem")));
		for (ProblemType type : types) {
			Map<String, Object> example = new LinkedHashMap<>();
			example.put("type", Problems.TYPE_BASE + type.slug());
			example.put("title", type.title());
			example.put("status", type.status());
			example.put("detail", type.title() + ".");
			media.addExamples(type.slug(), new Example().summary(type.title()).value(example));
		}
		String description = String.join("; ", types.stream().map(ProblemType::title).toList());
		return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM, media));
	}

	/**
	 * A path whose variable takes a closed set of values becomes one path per value, so
	 * it cannot be confused with a sibling path that takes an id ({@code /exports/{id}}).
	 */
	private Map<String, PathItem> expand(String path, PathItem item) {
		Map<String, PathItem> expanded = new LinkedHashMap<>();
		Map<PathItem.HttpMethod, Operation> operations = item.readOperationsMap();
		operations.forEach((method, operation) -> {
			Entry entry = this.catalog.operation(method.name(), path).orElse(null);
			if (entry == null || entry.expand().isEmpty()) {
				expanded.computeIfAbsent(path, (same) -> new PathItem()).operation(method, operation);
				return;
			}
			entry.expand().forEach((variable, values) -> values.forEach((value) -> {
				Operation one = Json.mapper().convertValue(operation, Operation.class);
				one.operationId(
						operation.getOperationId() + Character.toUpperCase(value.charAt(0)) + value.substring(1));
				one.summary(operation.getSummary() + " (" + value + ")");
				if (one.getParameters() != null) {
					one.getParameters().removeIf((parameter) -> variable.equals(parameter.getName()));
				}
				expanded.computeIfAbsent(path.replace("{" + variable + "}", value), (same) -> new PathItem())
					.operation(method, one);
			}));
		});
		return expanded;
	}

	/**
	 * Ingestion reads its body as a stream, so springdoc sees none: one row or an array
	 * of rows in JSON, one row a line in NDJSON, or CSV with a header row; gzip allowed.
	 */
	private static void ingestion(Operation operation, String row) {
		Content content = new Content()
			.addMediaType("application/json",
					new MediaType().schema(DocumentedSchemas.of(Map.of("$ref", "#/components/schemas/" + row + "s"))))
			.addMediaType("application/x-ndjson",
					new MediaType().schema(DocumentedSchemas
						.of(Map.of("type", "string", "description", "One " + row + " as JSON on each line."))))
			.addMediaType("text/csv",
					new MediaType().schema(DocumentedSchemas.of(Map.of("type", "string", "description",
							"A header row naming " + row + " fields, then one row a line; lists separated by |."))));
		operation.requestBody(new RequestBody().required(true)
			.description("Any number of rows, streamed; send Content-Encoding: gzip to compress.")
			.content(content));
		operation.setResponses(new ApiResponses().addApiResponse("200",
				new ApiResponse().description("The rows were read: how many were kept, and each rejected row with why")
					.content(new Content().addMediaType("application/json", new MediaType()
						.schema(DocumentedSchemas.of(Map.of("$ref", "#/components/schemas/IngestionReport")))))));
	}

}
