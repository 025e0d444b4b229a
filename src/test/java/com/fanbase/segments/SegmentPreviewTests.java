package com.fanbase.segments;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SegmentPreviewTests extends ApiTestSupport {

	static final String SEED_EXAMPLE = """
			{"criteria": {"match": "all", "rules": [
			    {"field": "total_spent", "operator": ">=", "value": 100},
			    {"field": "genres", "operator": "includes", "value": ["rock", "indie"]},
			    {"field": "last_purchase", "operator": "within_days", "value": 180}]}}""";

	@Test
	void countsMatchingCustomersAndWhoCanBeReached() {
		TestTenant tenant = seeded();

		Api.Response response = tenant.api().postJson("/api/audience/segments/preview", SEED_EXAMPLE);

		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
		JsonNode preview = response.body();
		assertThat(preview.path("count").asLong()).isEqualTo(2);
		assertThat(preview.path("reachable_email").asLong()).isEqualTo(1);
		assertThat(preview.path("reachable_ads").asLong()).isEqualTo(2);
		assertThat(preview.path("sample").findValues("customer_id").stream().map(JsonNode::asLong))
			.containsExactlyInAnyOrder(1L, 2L);
		assertThat(preview.path("sample").get(0).has("email")).isTrue();
	}

	@Test
	void anEmptySampleStillCounts() {
		TestTenant tenant = seeded();

		JsonNode preview = tenant.api()
			.postJson("/api/audience/segments/preview",
					"{\"sample_size\": 0, \"criteria\": {\"match\": \"any\", \"rules\": ["
							+ "{\"field\": \"city\", \"operator\": \"is\", \"value\": \" berlin \"}]}}")
			.body();

		assertThat(preview.path("count").asLong()).isEqualTo(2);
		assertThat(preview.path("sample").size()).isZero();
	}

	@Test
	void namesEveryInvalidRuleByPointer() {
		TestTenant tenant = newTenant();

		Api.Response response = tenant.api().postJson("/api/audience/segments/preview", """
				{"criteria": {"match": "all", "rules": [
				    {"field": "shoe_size", "operator": ">=", "value": 42},
				    {"field": "total_spent", "operator": "includes", "value": 100},
				    {"field": "purchase_count", "operator": "between", "value": [5, 1]}]}}""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().path("errors").findValuesAsString("pointer")).contains("/criteria/rules/0/field",
				"/criteria/rules/1/operator");
		assertThat(response.body().path("errors").findValuesAsString("pointer"))
			.anyMatch((pointer) -> pointer.startsWith("/criteria/rules/2"));
	}

	@Test
	void refusesMissingCriteriaAndUnknownSegments() {
		TestTenant tenant = newTenant();

		Api.Response missing = tenant.api().postJson("/api/audience/segments/preview", "{}");
		Api.Response unknown = tenant.api()
			.postJson("/api/audience/segments/preview", "{\"criteria\": {\"match\": \"all\", \"rules\": ["
					+ "{\"field\": \"in_segment\", \"operator\": \"is\", \"value\": 987654}]}}");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body().path("errors").get(0).path("pointer").asString()).isEqualTo("/criteria");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().path("errors").get(0).path("pointer").asString())
			.isEqualTo("/criteria/rules/0/value");
	}

	@Test
	void seesOnlyTheCallersCustomers() {
		seeded();
		TestTenant other = newTenant();

		JsonNode preview = other.api().postJson("/api/audience/segments/preview", SEED_EXAMPLE).body();

		assertThat(preview.path("count").asLong()).isZero();
	}

	/**
	 * Customers 1 (rock fan, 150.00 spent, email consent), 2 (indie, 120.00, ads consent
	 * and a phone), 3 (rock, 50.00) and 4 (nothing), all in Berlin except 3 and 4.
	 */
	TestTenant seeded() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		String recent = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		api.post("/api/audience/ingest/events", "application/x-ndjson", String.join("\n",
				"{\"id\": 1, \"name\": \"R\", \"event_type\": \"concert\", \"genres\": [\"rock\"], \"starts_at\": \""
						+ recent + "\"}",
				"{\"id\": 2, \"name\": \"I\", \"event_type\": \"concert\", \"genres\": [\"indie\"], \"starts_at\": \""
						+ recent + "\"}"));
		api.post("/api/audience/ingest/customers", "application/x-ndjson", String.join("\n",
				"{\"id\": 1, \"email\": \"one@example.com\", \"city\": \"Berlin\", \"email_consent\": true, \"ads_consent\": true}",
				"{\"id\": 2, \"phone\": \"+4930123456\", \"city\": \"berlin\", \"country\": \"DE\", \"ads_consent\": true}",
				"{\"id\": 3, \"email\": \"three@example.com\", \"city\": \"Hamburg\", \"email_consent\": true}",
				"{\"id\": 4}"));
		api.post("/api/audience/ingest/orders", "application/x-ndjson", String.join("\n", order(1, 1, 1, 15000, recent),
				order(2, 2, 2, 12000, recent), order(3, 3, 1, 5000, recent)));
		long job = api.postJson("/api/audience/profiles/rebuild", "{}").body().path("job_id").asLong();
		JsonNode done = Eventually.await(() -> api.get("/api/audience/jobs/" + job).body(),
				(body) -> body.path("finished_at").isString(), Duration.ofSeconds(60));
		assertThat(done.path("status").asString()).isEqualTo("succeeded");
		return tenant;
	}

	static String order(long id, long customer, long event, long total, String at) {
		return "{\"id\": %d, \"customer_id\": %d, \"event_id\": %d, \"total_cents\": %d, \"status\": \"paid\", \"placed_at\": \"%s\"}"
			.formatted(id, customer, event, total, at);
	}

}
