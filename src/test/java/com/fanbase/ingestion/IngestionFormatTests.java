package com.fanbase.ingestion;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind in every format: two good rows and one bad row in the middle; the good ones
 * are kept and the bad one is reported with its line.
 */
@IntegrationTest
class IngestionFormatTests extends ApiTestSupport {

	/** Per kind: the CSV header, two good rows and a bad one (as field maps). */
	private static final Map<String, List<Map<String, String>>> ROWS = Map.of("customers",
			List.of(Map.of("id", "1", "email", "a@example.com"), Map.of("id", "2", "email", "broken"),
					Map.of("id", "3", "country", "FR")),
			"events",
			List.of(Map.of("id", "1", "name", "A", "event_type", "concert", "starts_at", "2026-05-01T20:00:00Z"),
					Map.of("id", "2", "name", "B", "event_type", "concert", "starts_at", "soon"),
					Map.of("id", "3", "name", "C", "event_type", "sport", "starts_at", "2026-05-02T20:00:00Z")),
			"orders", List.of(order("1", "paid"), order("2", "lost"), order("3", "refunded")), "activities",
			List.of(Map.of("id", "1", "customer_id", "10", "type", "page_view", "occurred_at", "2026-01-01T00:00:00Z"),
					Map.of("id", "2", "customer_id", "10", "type", "page_view"), Map.of("id", "3", "customer_id", "10",
							"type", "email_click", "occurred_at", "2026-01-01T00:00:00Z")));

	static Stream<Arguments> kindsAndFormats() {
		return ROWS.keySet()
			.stream()
			.sorted()
			.flatMap((kind) -> Stream.of("array", "ndjson", "csv").map((format) -> Arguments.of(kind, format)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("kindsAndFormats")
	void keepsGoodRowsAndReportsTheBadOne(String kind, String format) {
		TestTenant tenant = prepared();
		List<Map<String, String>> rows = ROWS.get(kind);

		Api.Response response = switch (format) {
			case "array" -> tenant.api().postJson("/api/audience/ingest/" + kind, json(rows, ", ", "[", "]"));
			case "ndjson" ->
				tenant.api().post("/api/audience/ingest/" + kind, "application/x-ndjson", json(rows, "\n", "", ""));
			default -> tenant.api().post("/api/audience/ingest/" + kind, "text/csv", csv(rows));
		};

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("upserted").asLong()).isEqualTo(2);
		assertThat(response.body().path("rejected").asLong()).isEqualTo(1);
		long expectedLine = format.equals("csv") ? 3 : 2;
		assertThat(response.body().path("errors").get(0).path("line").asLong()).isEqualTo(expectedLine);
	}

	@ParameterizedTest(name = "{0} as a single object")
	@MethodSource("kinds")
	void upsertsASingleObject(String kind) {
		TestTenant tenant = prepared();

		Api.Response response = tenant.api()
			.postJson("/api/audience/ingest/" + kind, json(List.of(ROWS.get(kind).get(0)), "", "", ""));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("upserted").asLong()).isEqualTo(1);
	}

	static Stream<String> kinds() {
		return ROWS.keySet().stream().sorted();
	}

	/**
	 * A tenant with customer 10 and event 20, which the orders and activities refer to.
	 */
	private TestTenant prepared() {
		TestTenant tenant = newTenant();
		tenant.api().postJson("/api/audience/ingest/customers", "{\"id\": 10}");
		tenant.api()
			.postJson("/api/audience/ingest/events",
					"{\"id\": 20, \"name\": \"E\", \"event_type\": \"concert\", \"starts_at\": \"2026-05-01T20:00:00Z\"}");
		return tenant;
	}

	private static Map<String, String> order(String id, String status) {
		return Map.of("id", id, "customer_id", "10", "event_id", "20", "total_cents", "5000", "status", status,
				"placed_at", "2026-01-01T00:00:00Z");
	}

	private static String json(List<Map<String, String>> rows, String separator, String open, String close) {
		StringBuilder out = new StringBuilder(open);
		for (int i = 0; i < rows.size(); i++) {
			out.append((i > 0) ? separator : "").append('{');
			int field = 0;
			for (Map.Entry<String, String> entry : rows.get(i).entrySet()) {
				out.append((field++ > 0) ? ", " : "")
					.append('"')
					.append(entry.getKey())
					.append("\": \"")
					.append(entry.getValue())
					.append('"');
			}
			out.append('}');
		}
		return out.append(close).toString();
	}

	private static String csv(List<Map<String, String>> rows) {
		List<String> header = rows.stream().flatMap((row) -> row.keySet().stream()).distinct().sorted().toList();
		StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
		for (Map<String, String> row : rows) {
			out.append(String.join(",", header.stream().map((name) -> row.getOrDefault(name, "")).toList()))
				.append('\n');
		}
		return out.toString();
	}

}
