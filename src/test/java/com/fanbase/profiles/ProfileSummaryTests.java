package com.fanbase.profiles;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;
import com.fanbase.tenants.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProfileSummaryTests extends ApiTestSupport {

	@Autowired
	Profiles profiles;

	@Test
	void summarisesProfilesNewCustomersAndChurnBands() {
		TestTenant tenant = seeded();

		ProfileSummary summary = this.profiles.summary(TenantId.of(tenant.id()),
				Instant.now().minus(30, ChronoUnit.DAYS));

		assertThat(summary.profiles()).isEqualTo(3);
		assertThat(summary.newCustomers()).isEqualTo(1);
		assertThat(summary.churnBands().keySet()).containsExactly("0-24", "25-49", "50-74", "75-100", "none");
		assertThat(summary.churnBands().get("none")).isEqualTo(2);
		assertThat(summary.churnBands().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
		assertThat(summary.asOf()).isNotNull();
	}

	@Test
	void searchFindsCustomersByIdOrPartOfTheirEmailOrName() {
		TestTenant tenant = seeded();

		assertThat(search(tenant, "quist")).containsExactly(3L);
		assertThat(search(tenant, " ZQ@EXAMPLE ")).containsExactly(3L);
		assertThat(search(tenant, "2")).containsExactly(2L);
		assertThat(search(tenant, "example.org")).containsExactly(1L, 3L);
		assertThat(search(tenant, "%")).isEmpty();
	}

	private List<Long> search(TestTenant tenant, String text) {
		return this.profiles
			.list(TenantId.of(tenant.id()), new ProfileQuery("customer_id", false, Map.of("search", text), 0, 10))
			.stream()
			.map((profile) -> ((Number) profile.get("customer_id")).longValue())
			.toList();
	}

	private TestTenant seeded() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		String recent = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		String old = Instant.now().minus(100, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		api.postJson("/api/audience/ingest/events",
				"{\"id\": 1, \"name\": \"E\", \"event_type\": \"concert\", \"starts_at\": \"" + recent + "\"}");
		api.post("/api/audience/ingest/customers", "application/x-ndjson", String.join("\n",
				"{\"id\": 1, \"email\": \"ana@example.org\", \"created_at\": \"" + recent + "\"}",
				"{\"id\": 2, \"email\": \"ben@example.com\", \"created_at\": \"" + old + "\"}",
				"{\"id\": 3, \"email\": \"zq@example.org\", \"first_name\": \"Zoe\", \"last_name\": \"Quist\", \"created_at\": \""
						+ old + "\"}"));
		api.postJson("/api/audience/ingest/orders",
				"{\"id\": 1, \"customer_id\": 1, \"event_id\": 1, \"total_cents\": 5000, \"status\": \"paid\", \"placed_at\": \""
						+ recent + "\"}");
		long job = api.postJson("/api/audience/profiles/rebuild", "{}").body().path("job_id").asLong();
		JsonNode done = Eventually.await(() -> api.get("/api/audience/jobs/" + job).body(),
				(body) -> body.path("finished_at").isString(), Duration.ofSeconds(60));
		assertThat(done.path("status").asString()).isEqualTo("succeeded");
		return tenant;
	}

}
