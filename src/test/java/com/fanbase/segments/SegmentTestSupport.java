package com.fanbase.segments;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import tools.jackson.databind.JsonNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

abstract class SegmentTestSupport extends ApiTestSupport {

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
		rebuild(api);
		return tenant;
	}

	static String order(long id, long customer, long event, long total, String at) {
		return "{\"id\": %d, \"customer_id\": %d, \"event_id\": %d, \"total_cents\": %d, \"status\": \"paid\", \"placed_at\": \"%s\"}"
			.formatted(id, customer, event, total, at);
	}

	static void rebuild(Api api) {
		long job = api.postJson("/api/audience/profiles/rebuild", "{}").body().path("job_id").asLong();
		JsonNode done = Eventually.await(() -> api.get("/api/audience/jobs/" + job).body(),
				(body) -> body.path("finished_at").isString(), Duration.ofSeconds(60));
		assertThat(done.path("status").asString()).isEqualTo("succeeded");
	}

}
