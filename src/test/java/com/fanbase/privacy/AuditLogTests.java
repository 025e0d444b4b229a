package com.fanbase.privacy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state-changing API call is recorded with the key behind it, and read back through
 * {@code GET /api/audience/audit} with filters and keyset pages, never with the request's
 * content.
 */
@IntegrationTest
class AuditLogTests extends ApiTestSupport {

	@Test
	void recordsWhichKeyChangedWhatWithoutTheContent() {
		TestTenant tenant = newTenant();
		Api.Response created = tenant.api()
			.postJson("/api/audience/segments",
					"{\"name\": \"Secret plan ana@example.com\", \"segment_type\": \"static\"}");
		long segment = created.body().path("id").asLong();
		tenant.api()
			.post("/api/audience/ingest/customers", "application/x-ndjson",
					"{\"id\": 7, \"email\": \"ana@example.com\"}");
		tenant.api().get("/api/audience/segments");

		Api.Response page = tenant.api().get("/api/audience/audit?actor_type=key");

		assertThat(page.status()).as(page.text()).isEqualTo(200);
		JsonNode entries = page.body().path("entries");
		assertThat(entries).hasSize(2);
		JsonNode ingest = entries.get(0);
		assertThat(ingest.path("action").asString()).isEqualTo("POST /api/audience/ingest/customers");
		assertThat(ingest.path("actor").path("type").asString()).isEqualTo("key");
		assertThat(ingest.path("actor").path("id").asLong()).isEqualTo(tenant.keyId());
		assertThat(ingest.path("actor").path("role").asString()).isEqualTo("owner");
		assertThat(ingest.path("tenant_id").asLong()).isEqualTo(tenant.id());
		assertThat(entries.get(1).path("action").asString()).isEqualTo("POST /api/audience/segments");
		assertThat(entries.get(1).path("status").asInt()).isEqualTo(201);
		assertThat(page.text()).doesNotContain("ana@example.com").doesNotContain("Secret plan");
		tenant.api().send("PATCH", "/api/audience/segments/" + segment, "{\"name\": \"Renamed\"}");
		JsonNode patched = tenant.api().get("/api/audience/audit?actor_type=key&limit=1").body().path("entries").get(0);
		assertThat(patched.path("action").asString()).isEqualTo("PATCH /api/audience/segments/{id}");
		assertThat(patched.path("target").path("id").asString()).isEqualTo(String.valueOf(segment));
	}

	@Test
	void theOperatorsActionsForATenantAreFiledUnderIt() {
		TestTenant tenant = newTenant();
		Api.Response created = operator().postJson("/api/audience/segments",
				"{\"tenant_id\": " + tenant.id() + ", \"name\": \"By the operator\", \"segment_type\": \"static\"}");
		assertThat(created.status()).as(created.text()).isEqualTo(201);

		JsonNode entries = tenant.api().get("/api/audience/audit?actor_type=operator").body().path("entries");

		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).path("action").asString()).isEqualTo("POST /api/audience/segments");
		assertThat(entries.get(1).path("action").asString()).isEqualTo("POST /api/audience/tenants/{id}/keys");
		assertThat(entries.get(0).path("actor").path("id").isNumber()).isFalse();
		assertThat(newTenant().api()
			.get("/api/audience/audit?action=POST%20/api/audience/segments")
			.body()
			.path("entries")).as("another tenant sees none of it").hasSize(0);
	}

	@Test
	void pagesThroughTheLogNewestFirstWithFilters() {
		TestTenant tenant = newTenant();
		for (int i = 0; i < 5; i++) {
			tenant.api().postJson("/api/audience/segments", "{\"name\": \"S" + i + "\", \"segment_type\": \"static\"}");
		}
		tenant.api().postJson("/api/audience/profiles/rebuild", "{}");

		List<Long> ids = new ArrayList<>();
		String next = "/api/audience/audit?actor_type=key&action=POST%20/api/audience/segments&limit=2";
		while (next != null) {
			JsonNode page = tenant.api().get(next).body();
			page.path("entries").forEach((entry) -> ids.add(entry.path("id").asLong()));
			assertThat(ids.size()).as("pages end").isLessThanOrEqualTo(5);
			next = !page.path("next_before").isNumber() ? null
					: "/api/audience/audit?actor_type=key&action=POST%20/api/audience/segments&limit=2&before="
							+ page.path("next_before").asLong();
		}

		assertThat(ids).hasSize(5).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
		assertThat(tenant.api().get("/api/audience/audit?action=POST%20/api/audience/profiles").body().path("entries"))
			.hasSize(1);
	}

	@Test
	void badFiltersAreProblemsNamingTheField() {
		TestTenant tenant = newTenant();

		Api.Response refused = tenant.api().get("/api/audience/audit?actor_type=robot&since=yesterday&limit=0");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.text()).contains("actor_type").contains("since").contains("limit");
	}

}
