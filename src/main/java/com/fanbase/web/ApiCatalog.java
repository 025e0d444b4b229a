package com.fanbase.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.Yaml;

import org.springframework.core.io.ClassPathResource;

/**
 * The API document's words, read from {@code openapi/operations.yml}: each operation's
 * id, tag, summary, description and problem types, the tags' descriptions, the problem
 * types' statuses and titles, and the schemas written by hand (ingestion rows).
 */
public record ApiCatalog(Map<String, String> tags, Map<String, Entry> operations, Map<String, ProblemType> problemTypes,
		Map<String, Object> schemas, Map<String, String> treeProperties, List<String> nullable) {

	static final String LOCATION = "openapi/operations.yml";

	/**
	 * One operation.
	 *
	 * @param key method and path as Spring maps it ({@code POST /api/audience/segments})
	 * @param query documented query parameters read from a map (name to description)
	 * @param expand a path variable with a closed set of values, documented as one path
	 * each
	 * @param ingest the row schema of an ingestion endpoint
	 * @param open whether the operation takes no API key
	 * @param success the statuses of a success when they are not just 200
	 */
	public record Entry(String key, String id, String tag, String summary, String description, List<String> problems,
			Map<String, String> query, Map<String, List<String>> expand, String ingest, boolean open,
			List<Integer> success) {

		/** The words for a success status. */
		public static String successDescription(int status) {
			return switch (status) {
				case 201 -> "Created";
				case 202 -> "Accepted: the work goes on as a job";
				case 204 -> "Done; nothing to answer";
				default -> "OK";
			};
		}

	}

	public record ProblemType(String slug, int status, String title) {
	}

	@SuppressWarnings("unchecked")
	private static List<Integer> successes(Object value) {
		return switch (value) {
			case null -> List.of();
			case Integer status -> List.of(status);
			default -> (List<Integer>) value;
		};
	}

	public Optional<Entry> operation(String method, String path) {
		return Optional.ofNullable(this.operations.get(method.toUpperCase() + " " + path));
	}

	public ProblemType problemType(String slug) {
		ProblemType type = this.problemTypes.get(slug);
		if (type == null) {
			throw new IllegalStateException("Problem type " + slug + " is not in " + LOCATION);
		}
		return type;
	}

	public static ApiCatalog load() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return of(new Yaml().load(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static ApiCatalog of(Map<String, Object> yaml) {
		Map<String, Entry> operations = new LinkedHashMap<>();
		((Map<String, Map<String, Object>>) yaml.get("operations")).forEach((key, fields) -> operations.put(key,
				new Entry(key, (String) fields.get("id"), (String) fields.get("tag"), (String) fields.get("summary"),
						(String) fields.get("description"), (List<String>) fields.getOrDefault("problems", List.of()),
						(Map<String, String>) fields.getOrDefault("query", Map.of()),
						(Map<String, List<String>>) fields.getOrDefault("expand", Map.of()),
						(String) fields.get("ingest"), Boolean.TRUE.equals(fields.get("public")),
						successes(fields.get("success")))));
		Map<String, ProblemType> problemTypes = new LinkedHashMap<>();
		((Map<String, List<Object>>) yaml.get("problem-types")).forEach((slug, statusAndTitle) -> problemTypes.put(slug,
				new ProblemType(slug, (Integer) statusAndTitle.get(0), (String) statusAndTitle.get(1))));
		return new ApiCatalog((Map<String, String>) yaml.get("tags"), operations, problemTypes,
				(Map<String, Object>) yaml.getOrDefault("schemas", Map.of()),
				(Map<String, String>) yaml.getOrDefault("tree-properties", Map.of()),
				(List<String>) yaml.getOrDefault("nullable", List.of()));
	}

}
