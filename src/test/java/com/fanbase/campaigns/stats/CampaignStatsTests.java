package com.fanbase.campaigns.stats;

import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.campaigns.CampaignFixtures;
import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /campaigns/{id}/stats}: the formulas on a worked example, attribution
 * windows, event-specific and any-event attribution, the holdout, ROAS without cost.
 */
@IntegrationTest
class CampaignStatsTests extends ApiTestSupport {

	static final Instant T0 = Instant.parse("2026-10-01T12:00:00Z");

	@Autowired
	JdbcClient jdbc;

	JsonNode stats(TestTenant tenant, long campaign) {
		Api.Response response = tenant.api()
			.get("/api/audience/campaigns/" + campaign + "/stats?tenant_id=" + tenant.id());
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	/**
	 * 5,000 sent, 4,000 delivered, 1,000 human opens (and 150 machine), 240 clickers, 36
	 * paid orders of 45.00 for the campaign's event, a cost of 500.00; a holdout of 500
	 * of whom 2 bought anyway.
	 */
	@Test
	void reproducesTheWorkedExample() {
		TestTenant tenant = newTenant();
		long t = tenant.id();
		CampaignFixtures fixtures = new CampaignFixtures(this.jdbc);
		fixtures.event(t, 77);
		fixtures.event(t, 78);
		long campaign = fixtures.campaign(t, 77L, "email", "sent", 10, 50_000L, T0);
		fixtures.channel(t, campaign, "email", 555L, null);
		fixtures.recipients(t, campaign, 1, 5000, "sent", T0);
		fixtures.recipients(t, campaign, 5001, 500, "holdout", T0);
		fixtures.events(t, campaign, 1, 4000, "delivered", false, T0.plusSeconds(60));
		fixtures.events(t, campaign, 1, 1000, "opened", false, T0.plusSeconds(3600));
		fixtures.events(t, campaign, 1001, 150, "opened", true, T0.plusSeconds(62));
		fixtures.events(t, campaign, 1, 240, "clicked", false, T0.plusSeconds(3700));
		fixtures.events(t, campaign, 4001, 50, "hard_bounce", false, T0.plusSeconds(60));
		fixtures.events(t, campaign, 4051, 50, "soft_bounce", false, T0.plusSeconds(60));
		fixtures.events(t, campaign, 1, 12, "unsubscribed", false, T0.plusSeconds(4000));
		fixtures.events(t, campaign, 13, 3, "spam", false, T0.plusSeconds(4000));
		fixtures.customers(t, 1, 40, T0);
		fixtures.customers(t, 5001, 10, T0);
		for (int customer = 1; customer <= 36; customer++) {
			fixtures.order(t, customer, customer, 77, 4_500, "paid", T0.plus(Duration.ofDays(1)));
		}
		fixtures.order(t, 37, 37, 77, 4_500, "refunded", T0.plus(Duration.ofDays(1)));
		fixtures.order(t, 38, 38, 78, 4_500, "paid", T0.plus(Duration.ofDays(1)));
		fixtures.order(t, 39, 39, 77, 4_500, "paid", T0.plus(Duration.ofDays(8)));
		fixtures.order(t, 5001, 5001, 77, 3_000, "paid", T0.plus(Duration.ofDays(2)));
		fixtures.order(t, 5002, 5002, 77, 3_000, "paid", T0.plus(Duration.ofDays(2)));
		JsonNode stats = stats(tenant, campaign);
		assertThat(stats.path("campaign_id").asLong()).isEqualTo(campaign);
		assertThat(stats.path("campaign_type").asString()).isEqualTo("email");
		assertThat(stats.path("status").asString()).isEqualTo("sent");
		assertThat(stats.path("sent").asLong()).isEqualTo(5000);
		assertThat(stats.path("delivered").asLong()).isEqualTo(4000);
		assertThat(stats.path("opens").asLong()).isEqualTo(1000);
		assertThat(stats.path("machine_opens").asLong()).isEqualTo(150);
		assertThat(stats.path("clicks").asLong()).isEqualTo(240);
		assertThat(stats.path("bounces").asLong()).isEqualTo(100);
		assertThat(stats.path("unsubscribes").asLong()).isEqualTo(12);
		assertThat(stats.path("spam_reports").asLong()).isEqualTo(3);
		assertThat(stats.path("conversions").asLong()).isEqualTo(36);
		assertThat(stats.path("revenue_cents").asLong()).isEqualTo(162_000);
		assertThat(stats.path("revenue").decimalValue()).isEqualByComparingTo("1620.00");
		assertThat(stats.path("cost_cents").asLong()).isEqualTo(50_000);
		assertThat(stats.path("currency").asString()).isEqualTo("EUR");
		assertThat(stats.path("open_rate").decimalValue()).isEqualByComparingTo("25.00");
		assertThat(stats.path("click_rate").decimalValue()).isEqualByComparingTo("6.00");
		assertThat(stats.path("conversion_rate").decimalValue()).isEqualByComparingTo("15.00");
		assertThat(stats.path("roas").decimalValue()).isEqualByComparingTo("3.24");
		JsonNode holdout = stats.path("holdout");
		assertThat(holdout.path("size").asLong()).isEqualTo(500);
		assertThat(holdout.path("conversions").asLong()).isEqualTo(2);
		assertThat(holdout.path("conversion_rate").decimalValue()).isEqualByComparingTo("0.40");
		assertThat(holdout.path("revenue_cents").asLong()).isEqualTo(6_000);
		assertThat(stats.path("incremental_conversions").asLong()).isEqualTo(16);
	}

	@Test
	void attributesPaidOrdersWithinTheWindowOncePerOrderPerCampaign() {
		TestTenant tenant = newTenant();
		long t = tenant.id();
		CampaignFixtures fixtures = new CampaignFixtures(this.jdbc);
		fixtures.attributionDays(t, 3);
		fixtures.event(t, 501);
		fixtures.event(t, 502);
		fixtures.customers(t, 1, 6, T0);
		long anyEvent = fixtures.emailCampaign(t, 601, T0);
		long eventA = fixtures.campaign(t, 501L, "email", "sent", 0, null, T0);
		fixtures.channel(t, eventA, "email", 602L, 1_000L);
		fixtures.recipients(t, anyEvent, 1, 6, "sent", T0);
		fixtures.recipients(t, eventA, 1, 6, "sent", T0);
		Instant end = T0.plus(Duration.ofDays(3));
		fixtures.order(t, 1, 1, 501, 1_000, "paid", end.minusSeconds(1));
		fixtures.order(t, 2, 2, 501, 1_000, "paid", end.plusSeconds(1));
		fixtures.order(t, 3, 3, 501, 1_000, "paid", T0.minusSeconds(1));
		fixtures.order(t, 4, 4, 501, 1_000, "refunded", T0.plusSeconds(3600));
		fixtures.order(t, 5, 5, 502, 1_000, "paid", T0.plusSeconds(3600));
		fixtures.order(t, 6, 6, 501, 1_000, "paid", T0.plusSeconds(3600));
		fixtures.order(t, 7, 6, 501, 1_000, "paid", T0.plusSeconds(7200));
		JsonNode any = stats(tenant, anyEvent);
		assertThat(any.path("conversions").asLong()).isEqualTo(4);
		assertThat(any.path("revenue_cents").asLong()).isEqualTo(4_000);
		assertThat(any.has("roas")).isTrue();
		assertThat(any.path("roas").isNull()).isTrue();
		assertThat(any.path("cost_cents").isNull()).isTrue();
		assertThat(any.has("holdout")).isFalse();
		assertThat(any.has("incremental_conversions")).isFalse();
		assertThat(any.path("conversion_rate").decimalValue()).isEqualByComparingTo("0.00");
		JsonNode specific = stats(tenant, eventA);
		assertThat(specific.path("conversions").asLong()).isEqualTo(3);
		assertThat(specific.path("cost_cents").asLong()).isEqualTo(1_000);
		assertThat(specific.path("roas").decimalValue()).isEqualByComparingTo("3.00");
	}

	@Test
	void answers404ForAnUnknownCampaign() {
		TestTenant tenant = newTenant();
		Api.Response response = tenant.api().get("/api/audience/campaigns/987654321/stats?tenant_id=" + tenant.id());
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.type()).isEqualTo("https://fanbase.dev/problems/campaign-not-found");
	}

}
