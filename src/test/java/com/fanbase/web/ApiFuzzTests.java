package com.fanbase.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the API document the service serves with generated bad input
 * (wrong types, nulls, extremes, numbers beyond 64 bits, NUL characters, very long
 * strings, wrong content types, malformed JSON, bad gzip, bad path variables and query
 * parameters), as the operator and as a tenant. No answer may be a 5xx, every error must
 * be a problem with a {@code type}, and every answer must be one the document describes
 * (the test client checks that). Seeded, so a failure repeats.
 */
@IntegrationTest
class ApiFuzzTests extends ApiTestSupport {

	private static final long SEED = 12;

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private static final JsonMapper json = JsonMapper.builder().build();

	/** How many property mutations each operation gets, per caller. */
	private static final int MUTATIONS = 24;

	@Test
	void noBadInputIsAServerErrorOrAnUntypedError() {
		Random random = new Random(SEED);
		TestTenant tenant = newTenant();
		Fixtures fixtures = Fixtures.of(tenant.api());
		JsonNode document = anonymous().get("/v3/api-docs").body();
		List<String> broken = new ArrayList<>();
		int sent = 0;
		int mutations = 0;
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				Operation operation = new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue(),
						document, fixtures);
				for (Caller caller : List.of(new Caller(tenant.api(), ""),
						new Caller(operator(), "tenant_id=" + tenant.id()))) {
					for (Probe probe : probes(operation, caller, random)) {
						sent++;
						mutations += probe.what().startsWith("/") ? 1 : 0;
						String failure = failure(caller.api(), probe);
						if (failure != null) {
							broken.add(probe.method() + " " + probe.path() + " (" + probe.what() + "): " + failure);
						}
					}
				}
			}
			for (String wrong : List.of("PATCH", "PUT", "GET /no-such-path")) {
				if (!path.getValue().has(wrong.toLowerCase())) {
					boolean unknown = wrong.contains(" ");
					Probe probe = new Probe(unknown ? "unknown path" : "method not allowed", wrong.split(" ")[0],
							concrete(path.getKey(), "1") + (unknown ? wrong.split(" ")[1] : ""), "application/json",
							null, "{}".getBytes(StandardCharsets.UTF_8));
					sent++;
					String failure = failure(tenant.api(), probe);
					if (failure != null) {
						broken.add(probe.method() + " " + probe.path() + " (" + probe.what() + "): " + failure);
					}
				}
			}
		}
		System.out.println("ApiFuzzTests: " + sent + " requests, " + mutations + " with a bad body value");
		assertThat(sent).isGreaterThan(2500);
		assertThat(mutations).isGreaterThan(400);
		assertThat(broken).isEmpty();
	}

	/** Why the answer to a probe is wrong, or null when it is right. */
	private static String failure(Api api, Probe probe) {
		Api.Response response;
		try {
			response = api.exchange(probe.method(), probe.path(), probe.contentType(), probe.contentEncoding(),
					probe.body());
		}
		catch (AssertionError undocumented) {
			return undocumented.getMessage().lines().limit(3).reduce("", (a, b) -> a + " " + b);
		}
		catch (UncheckedIOException ex) {
			return "no answer: " + ex.getMessage();
		}
		if (response.status() >= 500) {
			return response.status() + " " + abbreviate(response.text());
		}
		if (response.status() >= 400 && (!response.isProblem() || response.body() == null || response.type().isBlank()
				|| "about:blank".equals(response.type()))) {
			return response.status() + " without a typed problem: " + response.contentType() + " "
					+ abbreviate(response.text());
		}
		return null;
	}

	private static List<Probe> probes(Operation operation, Caller caller, Random random) {
		List<Probe> probes = new ArrayList<>();
		// Tenant management is the operator's: an id no tenant has, so nothing real is
		// revoked.
		String path = concrete(operation.path(),
				operation.path().startsWith("/api/audience/tenants/") ? "999999999" : "1");
		JsonNode sample = operation.sampleBody();
		byte[] good = (sample != null) ? bytes(sample.toString()) : null;
		String type = (sample != null) ? "application/json" : operation.bodyType();
		probes.add(operation.probe("as documented", withQuery(path, caller.query()), type, null, good));
		if (operation.path().contains("{")) {
			for (String value : List.of("abc", "-1", "0", "99999999999999999999", "%00", "1%00", "9".repeat(400),
					"%E2%82", "1.5")) {
				probes.add(operation.probe("path variable " + value,
						withQuery(concrete(operation.path(), value), caller.query()), type, null, good));
			}
		}
		// The rules are the same code for every caller: the operator gets the tenant_id,
		// path and body-level probes, the tenant key every value as well.
		boolean everything = caller.query().isEmpty();
		List<String> parameters = new ArrayList<>(everything ? operation.queryParameters() : List.of());
		parameters.add("tenant_id");
		for (String parameter : parameters) {
			for (String value : List.of("abc", "-1", "99999999999999999999", "1e400", "%00", "a%00b", "",
					"x".repeat(5000), "%FF")) {
				String query = parameter.equals("tenant_id") ? parameter + "=" + value
						: join(caller.query(), parameter + "=" + value);
				probes.add(operation.probe("query " + parameter + "=" + abbreviate(value), withQuery(path, query), type,
						null, good));
			}
		}
		if (operation.takesBody()) {
			String target = withQuery(path, caller.query());
			String jsonType = operation.ingest() ? "application/x-ndjson" : "application/json";
			probes.add(operation.probe("malformed JSON", target, "application/json", null, bytes("{\"a\": ")));
			probes.add(operation.probe("JSON null", target, "application/json", null, bytes("null")));
			probes.add(operation.probe("JSON array", target, "application/json", null, bytes("[1, \"x\", null]")));
			probes.add(operation.probe("JSON string", target, "application/json", null, bytes("\"x\u0000\"")));
			probes.add(operation.probe("empty body", target, "application/json", null, new byte[0]));
			probes.add(operation.probe("raw NUL", target, jsonType, null, bytes("{\"name\": \"a\u0000b\"}\n")));
			probes.add(operation.probe("text/plain", target, "text/plain", null, bytes("hello")));
			probes.add(operation.probe("no content type", target, null, null, bytes("{}")));
			probes.add(operation.probe("unparseable content type", target, "json;;==", null, bytes("{}")));
			probes.add(operation.probe("not gzip", target, jsonType, "gzip", bytes("{\"name\": \"plain\"}")));
			probes.add(operation.probe("truncated gzip", target, jsonType, "gzip",
					Arrays.copyOf(gzip(bytes("{\"name\": \"" + "y".repeat(2000) + "\"}")), 30)));
			probes.add(operation.probe("unknown encoding", target, jsonType, "br", bytes("{}")));
			probes.add(operation.probe("deep nesting", target, "application/json", null,
					bytes("[".repeat(5000) + "]".repeat(5000))));
			if (good != null) {
				probes.add(operation.probe("gzip as documented", target, type, "gzip", gzip(good)));
			}
		}
		if (everything && sample instanceof ObjectNode object && !object.isEmpty()) {
			// Every value of the body gets a few bad values; which ones is the seed's
			// choice.
			List<String> pointers = pointers(object, "");
			int each = Math.max(2, MUTATIONS / pointers.size());
			for (String pointer : pointers) {
				for (int i = 0; i < each; i++) {
					JsonNode bad = badValue(random);
					ObjectNode mutated = object.deepCopy();
					replace(mutated, pointer, bad);
					probes.add(operation.probe(pointer + " = " + abbreviate(bad.toString()),
							withQuery(path, caller.query()), "application/json", null, bytes(mutated.toString())));
				}
			}
		}
		return probes;
	}

	private static JsonNode badValue(Random random) {
		return switch (random.nextInt(16)) {
			case 0 -> nodes.nullNode();
			case 1 -> nodes.stringNode("a\u0000b");
			case 2 -> nodes.stringNode("\u0000");
			case 3 -> nodes.stringNode("z".repeat(100_000));
			case 4 -> nodes.numberNode(new java.math.BigInteger("18446744073709551616"));
			case 5 -> nodes.numberNode(-1L);
			case 6 -> nodes.numberNode(Long.MIN_VALUE);
			case 7 -> nodes.numberNode(new java.math.BigDecimal("1e400"));
			case 8 -> nodes.numberNode(1.5);
			case 9 -> nodes.stringNode("not a value");
			case 10 -> nodes.booleanNode(true);
			case 11 -> nodes.arrayNode().add(nodes.nullNode()).add("\u0000");
			case 12 -> nodes.objectNode().put("x", 1);
			case 13 -> nodes.stringNode("");
			case 14 -> nodes.numberNode(Integer.MAX_VALUE + 1L);
			default -> nodes.stringNode("2026-13-45T99:99:99Z");
		};
	}

	/** Pointers to every value of a sample body, containers included. */
	private static List<String> pointers(JsonNode node, String at) {
		List<String> pointers = new ArrayList<>();
		if (node instanceof ObjectNode object) {
			object.properties().forEach((entry) -> {
				pointers.add(at + "/" + entry.getKey());
				pointers.addAll(pointers(entry.getValue(), at + "/" + entry.getKey()));
			});
		}
		else if (node instanceof ArrayNode array && !array.isEmpty()) {
			pointers.add(at + "/0");
			pointers.addAll(pointers(array.get(0), at + "/0"));
		}
		return pointers;
	}

	private static void replace(ObjectNode root, String pointer, JsonNode value) {
		int last = pointer.lastIndexOf('/');
		JsonNode parent = root.at(pointer.substring(0, last));
		String name = pointer.substring(last + 1);
		if (parent instanceof ObjectNode object) {
			object.set(name, value);
		}
		else if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(name), value);
		}
	}

	private static String concrete(String template, String value) {
		return template.replaceAll("\\{[^}]+}", value);
	}

	private static String withQuery(String path, String query) {
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static String join(String query, String more) {
		return query.isEmpty() ? more : query + "&" + more;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String abbreviate(String text) {
		return (text == null || text.length() <= 120) ? String.valueOf(text) : text.substring(0, 120) + "...";
	}

	private record Caller(Api api, String query) {
	}

	private record Probe(String what, String method, String path, String contentType, String contentEncoding,
			byte[] body) {
	}

	/** One operation of the document, with what it takes. */
	/**
	 * What the tenant has, so that bad values reach past "not found": a customer, an
	 * event, a segment and a draft campaign, and bodies the operations accept.
	 */
	private record Fixtures(long segment, long campaign, Map<String, String> bodies) {

		static Fixtures of(Api api) {
			api.post("/api/audience/ingest/customers", "application/x-ndjson",
					"{\"id\": 1, \"email\": \"ana@example.com\", \"email_consent\": true}");
			api.post("/api/audience/ingest/events", "application/x-ndjson",
					"{\"id\": 100, \"name\": \"Night\", \"event_type\": \"concert\", \"starts_at\": \"2030-06-01T19:30:00Z\"}");
			String segmentBody = "{\"name\": \"Fuzz\", \"criteria\": {\"match\": \"all\", \"rules\": [{\"field\": \"city\", \"operator\": \"is\", \"value\": \"Berlin\"}]}}";
			long segment = created(api.postJson("/api/audience/segments", segmentBody));
			String campaignBody = "{\"segment_id\": " + segment
					+ ", \"name\": \"Fuzz\", \"campaign_type\": \"email\", \"settings\": {\"subject\": \"Hi\", \"sender_email\": \"a@example.com\", \"sender_name\": \"A\", \"html_content\": \"<p>Hi</p>\"}}";
			long campaign = created(api.postJson("/api/audience/campaigns", campaignBody));
			Map<String, String> bodies = new LinkedHashMap<>();
			bodies.put("POST /api/audience/segments", segmentBody);
			bodies.put("PATCH /api/audience/segments/{id}", "{\"name\": \"Fuzz 2\"}");
			bodies.put("POST /api/audience/campaigns", campaignBody);
			bodies.put("PATCH /api/audience/campaigns/{id}", "{\"name\": \"Fuzz 2\", \"budget_cents\": 100}");
			bodies.put("PUT /api/audience/settings/platforms/{platform}",
					"{\"access_token\": \"EAAB\", \"ad_account_id\": \"act_1\", \"app_id\": \"9\", \"app_secret\": \"s\"}");
			bodies.put("POST /api/audience/profiles/rebuild", "{\"as_of\": \"2026-01-01T00:00:00Z\"}");
			bodies.put("POST /api/audience/events/{id}/create-segment", "{\"min_score\": 50, \"name\": \"Best\"}");
			bodies.put("POST /api/audience/segments/{id}/members", "{\"customer_ids\": [1]}");
			bodies.put("POST /api/audience/segments/{id}/members/remove", "{\"customer_ids\": [1]}");
			return new Fixtures(segment, campaign, bodies);
		}

		private static long created(Api.Response response) {
			assertThat(response.status()).as(response.text()).isEqualTo(201);
			return response.body().path("id").asLong();
		}

	}

	private record Operation(String method, String path, JsonNode operation, JsonNode document, Fixtures fixtures) {

		/**
		 * The path with the tenant's own ids, so that bodies are read past the lookup;
		 * deletes and tenant management take ids nothing has, so nothing real goes.
		 */
		String concretePath() {
			if (this.method.equals("DELETE") || this.path.startsWith("/api/audience/tenants/")) {
				return concrete(this.path, "999999999");
			}
			String id = this.path.startsWith("/api/audience/segments/") ? String.valueOf(this.fixtures.segment())
					: this.path.startsWith("/api/audience/campaigns/") ? String.valueOf(this.fixtures.campaign())
							: this.path.startsWith("/api/audience/events/") ? "100" : "1";
			return concrete(this.path.replace("{platform}", "meta"), id);
		}

		Probe probe(String what, String target, String contentType, String encoding, byte[] body) {
			return new Probe(what, this.method, target, contentType, encoding, body);
		}

		boolean takesBody() {
			return !this.operation.path("requestBody").isMissingNode();
		}

		boolean ingest() {
			return this.operation.path("requestBody").path("content").has("application/x-ndjson");
		}

		/** The media type the operation takes, when it is not JSON. */
		String bodyType() {
			JsonNode content = this.operation.path("requestBody").path("content");
			return content.isEmpty() ? null : content.propertyNames().iterator().next();
		}

		List<String> queryParameters() {
			List<String> names = new ArrayList<>();
			this.operation.path("parameters").forEach((parameter) -> {
				if ("query".equals(parameter.path("in").asString())) {
					names.add(parameter.path("name").asString());
				}
			});
			return names;
		}

		/**
		 * A body that follows the documented schema, or null when the body is not JSON.
		 */
		JsonNode sampleBody() {
			String known = this.fixtures.bodies().get(this.method + " " + this.path);
			if (known != null) {
				return json.readTree(known);
			}
			JsonNode media = this.operation.path("requestBody").path("content").path("application/json");
			if (media.isMissingNode()) {
				return null;
			}
			return sample(media.path("schema"), 0);
		}

		private JsonNode sample(JsonNode schema, int depth) {
			if (schema.has("$ref")) {
				String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
				return sample(this.document.path("components").path("schemas").path(name), depth);
			}
			if (schema.has("example")) {
				return schema.path("example");
			}
			if (schema.has("oneOf")) {
				return sample(schema.path("oneOf").path(0), depth);
			}
			if (schema.has("enum")) {
				return schema.path("enum").path(0);
			}
			if (depth > 4) {
				return nodes.nullNode();
			}
			return switch (schema.path("type").asString()) {
				case "integer" -> nodes.numberNode(1L);
				case "number" -> nodes.numberNode(1.0);
				case "boolean" -> nodes.booleanNode(false);
				case "string" -> nodes.stringNode("x");
				case "array" -> nodes.arrayNode().add(sample(schema.path("items"), depth + 1));
				default -> {
					ObjectNode object = nodes.objectNode();
					Map<String, JsonNode> properties = new LinkedHashMap<>();
					schema.path("properties").properties().forEach((e) -> properties.put(e.getKey(), e.getValue()));
					properties.forEach((name, property) -> object.set(name, sample(property, depth + 1)));
					yield object;
				}
			};
		}

	}

}
