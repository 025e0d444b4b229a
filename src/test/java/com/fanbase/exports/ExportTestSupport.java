package com.fanbase.exports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fanbase.exports.PlatformDriver.Fan;
import com.fanbase.exports.fakes.FakeServer;
import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export tests run against the fake platforms, with batches of 4 so that even small
 * segments take several requests.
 */
abstract class ExportTestSupport extends ApiTestSupport {

	static final int BATCH = 4;

	private static final AtomicLong tokens = new AtomicLong();

	final FakeServer fake = FakeServer.get();

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		FakeServer fake = FakeServer.get();
		registry.add("fanbase.exports.meta.base-url", () -> fake.url("/meta/v25.0"));
		registry.add("fanbase.exports.google.base-url", () -> fake.url("/google/v1"));
		registry.add("fanbase.exports.google.ads-base-url", () -> fake.url("/googleads/v22"));
		registry.add("fanbase.exports.google.oauth-token-url", () -> fake.url("/oauth/token"));
		registry.add("fanbase.exports.tiktok.base-url", () -> fake.url("/tiktok/open_api/v1.3"));
		registry.add("fanbase.exports.brevo.base-url", () -> fake.url("/brevo/v3"));
		registry.add("fanbase.exports.meta.batch-size", () -> BATCH);
		registry.add("fanbase.exports.google.batch-size", () -> BATCH);
		registry.add("fanbase.exports.tiktok.batch-size", () -> BATCH);
		registry.add("fanbase.exports.brevo.import-batch-size", () -> BATCH);
		registry.add("fanbase.exports.sync-check-interval", () -> "1h");
	}

	static String token(String platform) {
		return platform + "-token-" + tokens.incrementAndGet() + "-" + System.nanoTime();
	}

	/**
	 * Customers 1..n with emails, valid Berlin phones and both consents, except: every
	 * 5th has no ads consent, every 7th no email consent.
	 */
	static List<Fan> seed(Api api, long tenant, int from, int to) {
		List<Fan> fans = new ArrayList<>();
		StringBuilder lines = new StringBuilder();
		for (int i = from; i <= to; i++) {
			String email = "Fan.No" + i + "+t" + tenant + "@Example.com";
			String phone = "030 " + (2000000 + i);
			lines.append(
					"{\"id\": %d, \"email\": \"%s\", \"phone\": \"%s\", \"country\": \"DE\", \"first_name\": \"Fan\", \"last_name\": \"Nr %d\", \"ads_consent\": %s, \"email_consent\": %s}\n"
						.formatted(i, email, phone, i, i % 5 != 0, i % 7 != 0));
			fans.add(new Fan(i, email, "+4930" + (2000000 + i)));
		}
		Api.Response response = api.post("/api/audience/ingest/customers", "application/x-ndjson", lines.toString());
		assertThat(response.status()).as(response.text()).isLessThan(300);
		return fans;
	}

	static long staticSegment(Api api, String name, List<Long> ids) {
		Api.Response created = api.postJson("/api/audience/segments",
				"{\"name\": \"" + name + "\", \"segment_type\": \"static\"}");
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().path("id").asLong();
		addMembers(api, id, ids);
		return id;
	}

	static void addMembers(Api api, long segment, List<Long> ids) {
		Api.Response added = api.postJson("/api/audience/segments/" + segment + "/members",
				"{\"customer_ids\": " + ids + "}");
		assertThat(added.status()).as(added.text()).isEqualTo(200);
	}

	static void removeMembers(Api api, long segment, List<Long> ids) {
		Api.Response removed = api.postJson("/api/audience/segments/" + segment + "/members/remove",
				"{\"customer_ids\": " + ids + "}");
		assertThat(removed.status()).as(removed.text()).isLessThan(300);
	}

	static void configure(Api api, String platform, String credentials) {
		Api.Response put = api.send("PUT", "/api/audience/settings/platforms/" + platform, credentials);
		assertThat(put.status()).as(put.text()).isEqualTo(200);
	}

	static long export(Api api, String platform, long segment, String name) {
		String nameField = platform.equals("brevo") ? "list_name" : "audience_name";
		Api.Response response = api.postJson("/api/audience/exports/" + platform,
				"{\"segment_id\": %d, \"%s\": \"%s\"}".formatted(segment, nameField, name));
		assertThat(response.status()).as(response.text()).isEqualTo(202);
		return response.body().path("export_id").asLong();
	}

	static JsonNode settled(Api api, long export) {
		return Eventually.await(() -> api.get("/api/audience/exports/" + export).body(),
				(body) -> !body.path("status").asString().equals("queued")
						&& !body.path("status").asString().equals("running"),
				Duration.ofSeconds(60));
	}

	static JsonNode settledAfter(Api api, long export, int syncs) {
		return Eventually.await(() -> api.get("/api/audience/exports/" + export).body(),
				(body) -> body.path("syncs").asInt() >= syncs && !body.path("status").asString().equals("queued")
						&& !body.path("status").asString().equals("running"),
				Duration.ofSeconds(60));
	}

}
