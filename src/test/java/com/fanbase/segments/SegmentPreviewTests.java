package com.fanbase.segments;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SegmentPreviewTests extends SegmentTestSupport {

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

}
