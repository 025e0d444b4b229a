package com.fanbase.campaigns.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.campaigns.CampaignFixtures;
import com.fanbase.exports.fakes.FakeServer;
import com.fanbase.tenants.TenantId;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics sync against the fake Brevo: it fills what the webhooks missed, reads
 * only recent campaigns, least recently synced first, within the hourly budget, and stops
 * for the window Brevo names when rate-limited.
 */
@IntegrationTest
class StatisticsSyncTests extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatisticsSync sync;

	FakeServer fake = FakeServer.get();

	CampaignFixtures fixtures() {
		return new CampaignFixtures(this.jdbc);
	}

	String brevoKey(TestTenant tenant) {
		String key = "brevo-stats-" + tenant.id() + "-" + System.nanoTime();
		assertThat(tenant.api()
			.send("PUT", "/api/audience/settings/platforms/brevo?tenant_id=" + tenant.id(),
					"{\"api_key\": \"" + key + "\"}")
			.status()).isEqualTo(200);
		return key;
	}

	List<String> paths(String key) {
		return this.fake.requests(key).stream().map((request) -> request.request().path()).toList();
	}

	@Test
	void fillsWhatTheWebhooksMissedFromBrevosGlobalStats() {
		TestTenant tenant = newTenant();
		String key = brevoKey(tenant);
		Instant sent = Instant.now().minus(Duration.ofDays(2));
		long campaign = fixtures().emailCampaign(tenant.id(), 9100, sent);
		fixtures().recipients(tenant.id(), campaign, 1, 10, "sent", sent);
		fixtures().events(tenant.id(), campaign, 1, 2, "delivered", false, sent.plusSeconds(30));
		fixtures().events(tenant.id(), campaign, 1, 2, "opened", false, sent.plusSeconds(3000));
		long old = fixtures().emailCampaign(tenant.id(), 9101, Instant.now().minus(Duration.ofDays(40)));
		this.fake.brevo.statistics.set(key, 9100,
				Map.of("sent", 10, "delivered", 8, "uniqueViews", 5, "appleMppOpens", 2, "uniqueClicks", 1, "clickers",
						3, "hardBounces", 1, "softBounces", 0, "unsubscriptions", 0, "complaints", 1));
		this.fake.brevo.statistics.set(key, 9101, Map.of("sent", 99));

		assertThat(this.sync.syncDue(TenantId.of(tenant.id()), 10)).isEqualTo(1);

		assertThat(paths(key)).containsExactly("/v3/emailCampaigns/9100");
		FakeServer.Request request = this.fake.requests(key).get(0).request();
		assertThat(request.header("api-key")).isEqualTo(key);
		assertThat(request.query()).containsEntry("statistics", "globalStats");
		assertThat(this.fake.violations(key)).isEmpty();
		JsonNode stats = tenant.api()
			.get("/api/audience/campaigns/" + campaign + "/stats?tenant_id=" + tenant.id())
			.body();
		assertThat(stats.path("sent").asLong()).isEqualTo(10);
		assertThat(stats.path("delivered").asLong()).isEqualTo(8);
		assertThat(stats.path("opens").asLong()).isEqualTo(3);
		assertThat(stats.path("machine_opens").asLong()).isEqualTo(2);
		assertThat(stats.path("clicks").asLong()).isEqualTo(1);
		assertThat(stats.path("bounces").asLong()).isEqualTo(1);
		assertThat(stats.path("spam_reports").asLong()).isEqualTo(1);
		assertThat(stats.path("open_rate").decimalValue()).isEqualByComparingTo("37.50");
		Boolean neverSynced = this.jdbc
			.sql("""
					select stats_synced_at is null from audience_campaign_channels where tenant_id = :tenant and campaign_id = :campaign
					""")
			.param("tenant", tenant.id())
			.param("campaign", old)
			.query(Boolean.class)
			.single();
		assertThat(neverSynced).isTrue();
	}

	@Test
	void readsLeastRecentlySyncedFirstWithinTheHourlyBudget() {
		TestTenant tenant = newTenant();
		String key = brevoKey(tenant);
		Instant now = Instant.now();
		long synced = fixtures().emailCampaign(tenant.id(), 9201, now.minus(Duration.ofDays(3)));
		fixtures().emailCampaign(tenant.id(), 9202, now.minus(Duration.ofDays(2)));
		fixtures().emailCampaign(tenant.id(), 9203, now.minus(Duration.ofDays(1)));
		this.jdbc.sql("""
				update audience_campaign_channels set stats_synced_at = now() - interval '10 minutes'
				where tenant_id = :tenant and campaign_id = :campaign
				""").param("tenant", tenant.id()).param("campaign", synced).update();
		for (long id : List.of(9201L, 9202L, 9203L)) {
			this.fake.brevo.statistics.set(key, id, Map.of("sent", 1, "delivered", 1));
		}

		assertThat(this.sync.syncDue(TenantId.of(tenant.id()), 2)).isEqualTo(2);
		assertThat(paths(key)).containsExactly("/v3/emailCampaigns/9202", "/v3/emailCampaigns/9203");

		assertThat(this.sync.syncDue(TenantId.of(tenant.id()), 2)).isZero();
		assertThat(paths(key)).hasSize(2);
		assertThat(this.sync.syncDue(TenantId.of(tenant.id()), 3)).isEqualTo(1);
		assertThat(paths(key)).last().isEqualTo("/v3/emailCampaigns/9201");
	}

	@Test
	void stopsForTheWindowBrevoNamesWhenRateLimited() {
		TestTenant tenant = newTenant();
		String key = brevoKey(tenant);
		long campaign = fixtures().emailCampaign(tenant.id(), 9300, Instant.now().minus(Duration.ofHours(5)));
		this.fake.brevo.statistics.set(key, 9300, Map.of("sent", 4, "delivered", 4));
		this.fake.fail(key, 1, FakeServer.Reply.json(429, Map.of("code", "too_many_requests", "message", "Rate limit"))
			.header("x-sib-ratelimit-reset", "1800"));

		assertThat(this.sync.syncDue(TenantId.of(tenant.id()), 50)).isZero();
		assertThat(this.sync.syncDue(TenantId.of(tenant.id()), 50)).isZero();

		assertThat(this.fake.requests(key)).hasSize(1);
		OffsetDateTime paused = this.jdbc
			.sql("select paused_until from campaign_stats_sync_budget where tenant_id = :tenant")
			.param("tenant", tenant.id())
			.query(OffsetDateTime.class)
			.single();
		assertThat(paused.toInstant()).isAfter(Instant.now().plus(Duration.ofMinutes(25)));
		assertThat(this.jdbc
			.sql("""
					select platform_stats is null from audience_campaign_channels where tenant_id = :tenant and campaign_id = :campaign
					""")
			.param("tenant", tenant.id())
			.param("campaign", campaign)
			.query(Boolean.class)
			.single()).isTrue();
	}

}
