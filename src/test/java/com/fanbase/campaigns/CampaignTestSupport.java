package com.fanbase.campaigns;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

import com.fanbase.exports.fakes.FakeServer;
import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

/** What campaign tests start from: customers, segments, Brevo credentials, campaigns. */
abstract class CampaignTestSupport extends ApiTestSupport {

	private static final AtomicLong tokens = new AtomicLong();

	final FakeServer fake = FakeServer.get();

	static String token(String platform) {
		return platform + "-campaign-" + tokens.incrementAndGet() + "-" + System.nanoTime();
	}

	static String email(long tenant, int i) {
		return "fan.no" + i + "+t" + tenant + "@example.com";
	}

	/**
	 * Customers from..to with emails (mixed case, as the core sends them) and both
	 * consents, except: every 7th has no email consent, every 5th no ads consent.
	 */
	static void seed(Api api, long tenant, int from, int to) {
		StringBuilder lines = new StringBuilder();
		for (int i = from; i <= to; i++) {
			lines.append(
					"{\"id\": %d, \"email\": \"%s\", \"first_name\": \"Fan\", \"last_name\": \"Nr %d\", \"country\": \"DE\", \"ads_consent\": %s, \"email_consent\": %s}\n"
						.formatted(i, email(tenant, i).replace("fan.", "Fan."), i, i % 5 != 0, i % 7 != 0));
		}
		Api.Response response = api.post("/api/audience/ingest/customers", "application/x-ndjson", lines.toString());
		assertThat(response.status()).as(response.text()).isLessThan(300);
	}

	static long segment(Api api, List<Long> members) {
		Api.Response created = api.postJson("/api/audience/segments",
				"{\"name\": \"Campaign audience " + tokens.incrementAndGet() + "\", \"segment_type\": \"static\"}");
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().path("id").asLong();
		if (!members.isEmpty()) {
			Api.Response added = api.postJson("/api/audience/segments/" + id + "/members",
					"{\"customer_ids\": " + members + "}");
			assertThat(added.status()).as(added.text()).isEqualTo(200);
		}
		return id;
	}

	static String configureBrevo(Api api) {
		String key = token("brevo");
		Api.Response put = api.send("PUT", "/api/audience/settings/platforms/brevo", "{\"api_key\": \"" + key + "\"}");
		assertThat(put.status()).as(put.text()).isEqualTo(200);
		return key;
	}

	static String emailSettings() {
		return """
				{"subject": "Your next gig", "sender_name": "Fanbase Tickets", "sender_email": "news@tickets.example",
				 "html_content": "<p>Hello {{ contact.FIRSTNAME }}</p>"}""";
	}

	static JsonNode createEmail(Api api, long segment, int holdout) {
		Api.Response created = api.postJson("/api/audience/campaigns",
				"{\"segment_id\": %d, \"name\": \"Autumn news\", \"campaign_type\": \"email\", \"holdout_percent\": %d, \"settings\": %s}"
					.formatted(segment, holdout, emailSettings()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body();
	}

	static JsonNode launch(Api api, long campaign) {
		Api.Response launched = api.postJson("/api/audience/campaigns/" + campaign + "/launch", "{}");
		assertThat(launched.status()).as(launched.text()).isEqualTo(202);
		return launched.body();
	}

	static JsonNode settled(Api api, long campaign) {
		return Eventually.await(() -> api.get("/api/audience/campaigns/" + campaign).body(),
				(body) -> !List.of("sending", "draft", "scheduled").contains(body.path("status").asString()),
				Duration.ofSeconds(60));
	}

}
