package com.fanbase.campaigns.stats;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.campaigns.CampaignFixtures;
import com.fanbase.exports.Suppressions;
import com.fanbase.tenants.TenantId;
import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brevo's webhooks: the per-tenant secret, every event kind in both spellings, batches,
 * duplicates, unknown campaigns and events, suppressions, machine opens, isolation.
 */
@IntegrationTest
class BrevoWebhookTests extends ApiTestSupport {

	static final long SENT = Instant.parse("2026-11-20T10:00:00Z").getEpochSecond();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Suppressions suppressions;

	CampaignFixtures fixtures() {
		return new CampaignFixtures(this.jdbc);
	}

	String secret(Api api, long tenant) {
		Api.Response issued = api.post("/api/audience/campaign-settings/webhook-secret?tenant_id=" + tenant,
				"application/json", "");
		assertThat(issued.status()).isEqualTo(201);
		return issued.body().path("secret").asString();
	}

	/** A tenant with a sent campaign (Brevo id 9001) to customers 1 to 5. */
	long campaign(long tenant) {
		long campaign = fixtures().emailCampaign(tenant, 9001, Instant.ofEpochSecond(SENT));
		fixtures().customers(tenant, 1, 5, Instant.ofEpochSecond(SENT));
		fixtures().recipients(tenant, campaign, 1, 5, "sent", Instant.ofEpochSecond(SENT));
		return campaign;
	}

	static String event(String event, long camp, String email, long ts) {
		return """
				{"id": 1, "camp_id": %d, "email": "%s", "campaign name": "Autumn", "date_sent": "2026-11-20 11:00:00",
				 "date_event": "2026-11-20 11:05:00", "ts_sent": %d, "ts_event": %d, "ts": %d, "tag": "", "event": "%s"}
				""".formatted(camp, email, SENT, ts, ts, event);
	}

	Api.Response post(String secret, String body) {
		return anonymous().postJson("/api/audience/webhooks/brevo?token=" + secret, body);
	}

	List<String> stored(long tenant, long campaign) {
		return this.jdbc.sql("""
				select customer_id || ':' || event || ':' || machine from audience_campaign_email_events
				where tenant_id = :tenant and campaign_id = :campaign order by customer_id, event, occurred_at
				""").param("tenant", tenant).param("campaign", campaign).query(String.class).list();
	}

	@Test
	void storesEveryEventKindInEitherSpellingFromABatch() {
		TestTenant tenant = newTenant();
		long campaign = campaign(tenant.id());
		String secret = secret(tenant.api(), tenant.id());
		String batch = "[" + String.join(",", event("delivered", 9001, "c1@example.com", SENT + 100),
				event("opened", 9001, "C1@Example.com", SENT + 500),
				event("unique_opened", 9001, "c2@example.com", SENT + 500),
				event("click", 9001, "c1@example.com", SENT + 600),
				event("hardBounce", 9001, "c3@example.com", SENT + 50),
				event("soft_bounce", 9001, "c4@example.com", SENT + 50),
				event("unsubscribe", 9001, "c5@example.com", SENT + 700),
				event("spam", 9001, "c2@example.com", SENT + 800)) + "]";
		Api.Response response = post(secret, batch);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("received").asInt()).isEqualTo(8);
		assertThat(response.body().path("stored").asInt()).isEqualTo(8);
		assertThat(stored(tenant.id(), campaign)).containsExactly("1:clicked:false", "1:delivered:false",
				"1:opened:false", "2:opened:false", "2:spam:false", "3:hard_bounce:false", "4:soft_bounce:false",
				"5:unsubscribed:false");
		String single = event("hard_bounce", 9001, "c4@example.com", SENT + 900);
		assertThat(post(secret, single).body().path("stored").asInt()).isEqualTo(1);
		assertThat(stored(tenant.id(), campaign)).contains("4:hard_bounce:false");
	}

	@Test
	void storesADuplicateOnce() {
		TestTenant tenant = newTenant();
		long campaign = campaign(tenant.id());
		String secret = secret(tenant.api(), tenant.id());
		String click = event("click", 9001, "c1@example.com", SENT + 600);
		assertThat(post(secret, "[" + click + "," + click + "]").body().path("duplicates").asInt()).isEqualTo(1);
		Api.Response again = post(secret, click);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().path("stored").asInt()).isZero();
		assertThat(again.body().path("duplicates").asInt()).isEqualTo(1);
		assertThat(stored(tenant.id(), campaign)).containsExactly("1:clicked:false");
	}

	@Test
	void refusesAMissingWrongOrRotatedSecretAndStoresNothing() {
		TestTenant tenant = newTenant();
		long campaign = campaign(tenant.id());
		String old = secret(tenant.api(), tenant.id());
		String secret = secret(tenant.api(), tenant.id());
		String body = event("delivered", 9001, "c1@example.com", SENT + 100);
		for (Api.Response refused : List.of(anonymous().postJson("/api/audience/webhooks/brevo", body),
				post("whsec_wrong", body), post(old, body),
				tenant.api().postJson("/api/audience/webhooks/brevo", body))) {
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.type()).isEqualTo("https://fanbase.dev/problems/invalid-webhook-secret");
		}
		assertThat(stored(tenant.id(), campaign)).isEmpty();
		Api.Response bearer = new Api(this.port, secret).postJson("/api/audience/webhooks/brevo", body);
		assertThat(bearer.status()).isEqualTo(200);
		assertThat(stored(tenant.id(), campaign)).containsExactly("1:delivered:false");
	}

	@Test
	void theSecretIsShownOnceWithTheUrlAndStoredOnlyAsItsHash() {
		TestTenant tenant = newTenant();
		JsonNode issued = tenant.api()
			.post("/api/audience/campaign-settings/webhook-secret?tenant_id=" + tenant.id(), "application/json", "")
			.body();
		String secret = issued.path("secret").asString();
		assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
		assertThat(issued.path("webhook_url").asString())
			.isEqualTo("http://localhost:8080/api/audience/webhooks/brevo?token=" + secret);
		assertThat(issued.path("brevo_webhook").path("auth").path("token").asString()).isEqualTo(secret);
		byte[] hash = this.jdbc.sql("select webhook_secret_hash from campaign_settings where tenant_id = :tenant")
			.param("tenant", tenant.id())
			.query(byte[].class)
			.single();
		assertThat(hash).hasSize(32);
		assertThat(anonymous()
			.post("/api/audience/campaign-settings/webhook-secret?tenant_id=" + tenant.id(), "application/json", "")
			.status()).isEqualTo(401);
	}

	@Test
	void acknowledgesUnknownCampaignsAddressesAndEventsButRejectsMalformedJson() {
		TestTenant tenant = newTenant();
		long campaign = campaign(tenant.id());
		String secret = secret(tenant.api(), tenant.id());
		String batch = "[" + String.join(",", event("delivered", 424242, "c1@example.com", SENT),
				event("delivered", 9001, "stranger@example.com", SENT),
				event("listAddition", 9001, "c1@example.com", SENT),
				"{\"event\": \"delivered\", \"camp_id\": 9001, \"email\": \"c2@example.com\"}",
				event("delivered", 9001, "c3@example.com", SENT + 1)) + "]";
		Api.Response response = post(secret, batch);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("ignored").asInt()).isEqualTo(4);
		assertThat(response.body().path("stored").asInt()).isEqualTo(1);
		assertThat(stored(tenant.id(), campaign)).containsExactly("3:delivered:false");
		Api.Response malformed = post(secret, "[{\"event\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.isProblem()).isTrue();
		assertThat(post(secret, "42").status()).isEqualTo(400);
	}

	@Test
	void unsubscribesHardBouncesAndComplaintsBecomeSuppressions() {
		TestTenant tenant = newTenant();
		campaign(tenant.id());
		String secret = secret(tenant.api(), tenant.id());
		post(secret, "[" + String.join(",", event("unsubscribed", 9001, "c1@example.com", SENT + 5),
				event("hard_bounce", 9001, "c2@example.com", SENT + 5), event("spam", 9001, "c3@example.com", SENT + 5),
				event("softBounce", 9001, "c4@example.com", SENT + 5),
				event("opened", 9001, "c5@example.com", SENT + 99)) + "]");
		TenantId id = TenantId.of(tenant.id());
		assertThat(this.suppressions.reasons(id, 1)).containsExactly("unsubscribed");
		assertThat(this.suppressions.reasons(id, 2)).containsExactly("hard_bounced");
		assertThat(this.suppressions.reasons(id, 3)).containsExactly("complained");
		assertThat(this.suppressions.reasons(id, 4)).isEmpty();
		assertThat(this.suppressions.reasons(id, 5)).isEmpty();
	}

	@Test
	void opensWithinSecondsOfDeliveryOrFromPrefetchersAreMachineOpens() {
		TestTenant tenant = newTenant();
		long campaign = campaign(tenant.id());
		String secret = secret(tenant.api(), tenant.id());
		post(secret,
				"[" + String.join(",", event("delivered", 9001, "c1@example.com", SENT + 100),
						event("opened", 9001, "c1@example.com", SENT + 105),
						event("delivered", 9001, "c2@example.com", SENT + 100),
						event("opened", 9001, "c2@example.com", SENT + 111),
						event("opened", 9001, "c3@example.com", SENT + 108)) + "]");
		// The delivery of customer 3 arrives after the open: the open becomes a machine
		// open then.
		post(secret, event("delivered", 9001, "c3@example.com", SENT + 100));
		post(secret, event("opened", 9001, "c4@example.com", SENT + 3000).replace("\"tag\"",
				"\"user_agent\": \"Mozilla/5.0 (via YahooMailProxy)\", \"tag\""));
		assertThat(stored(tenant.id(), campaign)).containsExactly("1:delivered:false", "1:opened:true",
				"2:delivered:false", "2:opened:false", "3:delivered:false", "3:opened:true", "4:opened:true");
		JsonNode stats = tenant.api()
			.get("/api/audience/campaigns/" + campaign + "/stats?tenant_id=" + tenant.id())
			.body();
		assertThat(stats.path("opens").asInt()).isEqualTo(1);
		assertThat(stats.path("machine_opens").asInt()).isEqualTo(3);
		assertThat(stats.path("open_rate").decimalValue()).isEqualByComparingTo("33.33");
	}

	@Test
	void aTenantsSecretOnlyReachesItsOwnCampaigns() {
		TestTenant first = newTenant();
		TestTenant second = newTenant();
		long firstCampaign = campaign(first.id());
		long secondCampaign = campaign(second.id());
		post(secret(second.api(), second.id()), event("click", 9001, "c1@example.com", SENT + 10));
		assertThat(stored(first.id(), firstCampaign)).isEmpty();
		assertThat(stored(second.id(), secondCampaign)).containsExactly("1:clicked:false");
		assertThat(first.api()
			.get("/api/audience/campaigns/" + secondCampaign + "/stats?tenant_id=" + first.id())
			.status()).isEqualTo(404);
	}

}
