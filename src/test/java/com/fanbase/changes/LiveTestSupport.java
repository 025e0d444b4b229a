package com.fanbase.changes;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fanbase.exports.fakes.FakeServer;
import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the live pipeline: the one context with {@code fanbase.changes.enabled} on
 * (the other tests keep it off so their segments and exports move only when they say), a
 * short export cadence, and the platforms pointed at the local fakes.
 */
@IntegrationTest
abstract class LiveTestSupport extends ApiTestSupport {

	static final Duration DEADLINE = Duration.ofSeconds(60);

	final FakeServer fake = FakeServer.get();

	@DynamicPropertySource
	static void live(DynamicPropertyRegistry registry) {
		FakeServer fake = FakeServer.get();
		registry.add("fanbase.changes.enabled", () -> "true");
		registry.add("fanbase.changes.idle", () -> "50ms");
		registry.add("fanbase.changes.export-cadence", () -> "300ms");
		registry.add("fanbase.exports.meta.base-url", () -> fake.url("/meta/v25.0"));
		registry.add("fanbase.exports.google.base-url", () -> fake.url("/google/v1"));
		registry.add("fanbase.exports.google.ads-base-url", () -> fake.url("/googleads/v22"));
		registry.add("fanbase.exports.google.oauth-token-url", () -> fake.url("/oauth/token"));
		registry.add("fanbase.exports.tiktok.base-url", () -> fake.url("/tiktok/open_api/v1.3"));
		registry.add("fanbase.exports.brevo.base-url", () -> fake.url("/brevo/v3"));
		registry.add("fanbase.exports.sync-check-interval", () -> "1h");
	}

	static String order(long id, long customer, long total, String status, String at) {
		return "{\"id\": %d, \"customer_id\": %d, \"event_id\": 1, \"total_cents\": %d, \"status\": \"%s\", \"placed_at\": \"%s\"}"
			.formatted(id, customer, total, status, at);
	}

	static void ingest(Api api, String kind, String ndjson) {
		Api.Response response = api.post("/api/audience/ingest/" + kind, "application/x-ndjson", ndjson);
		assertThat(response.status()).as(response.text()).isLessThan(300);
	}

	static void rebuild(Api api) {
		long job = api.postJson("/api/audience/profiles/rebuild", "{}").body().path("job_id").asLong();
		JsonNode done = Eventually.await(() -> api.get("/api/audience/jobs/" + job).body(),
				(body) -> body.path("finished_at").isString(), DEADLINE);
		assertThat(done.path("status").asString()).isEqualTo("succeeded");
	}

	static JsonNode settled(Api api, long export) {
		return Eventually.await(() -> api.get("/api/audience/exports/" + export).body(),
				(body) -> body.path("status").asString().equals("completed"), DEADLINE);
	}

}
