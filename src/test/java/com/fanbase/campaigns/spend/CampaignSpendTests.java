package com.fanbase.campaigns.spend;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.campaigns.CampaignFixtures;
import com.fanbase.exports.fakes.FakeServer;
import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ad spend read from Meta's, Google's and TikTok's reporting endpoints (local fakes
 * checking the documented requests) into the channels' {@code spend_cents}, at most once
 * per hour per channel, failures recorded on the channel, each tenant with its own
 * credentials.
 */
@IntegrationTest
class CampaignSpendTests extends ApiTestSupport {

	private static final AtomicLong tokens = new AtomicLong();

	final FakeServer fake = FakeServer.get();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AdSpend spend;

	static String token(String platform) {
		return platform + "-spend-" + tokens.incrementAndGet() + "-" + System.nanoTime();
	}

	@Test
	void readsMetaSpendIntoCentsAndTheStatsTakeItAsTheCost() {
		TestTenant tenant = newTenant();
		String token = configureMeta(tenant.api());
		CampaignFixtures fixtures = new CampaignFixtures(this.jdbc);
		fixtures.event(tenant.id(), 77);
		long campaign = adCampaign(tenant.id(), 77L, "meta", "120330", "active");
		Instant sent = Instant.now().minus(Duration.ofDays(1));
		fixtures.customers(tenant.id(), 1, 3, sent);
		fixtures.recipients(tenant.id(), campaign, 1, 3, "sent", sent);
		fixtures.order(tenant.id(), 1, 1, 77, 4_500, "paid", sent.plus(Duration.ofHours(2)));
		fixtures.order(tenant.id(), 2, 2, 77, 4_500, "paid", sent.plus(Duration.ofHours(3)));
		this.fake.meta.insights.set(token, "120330", "45.67");
		assertThat(spendOf(tenant.id(), campaign, "meta")).isEqualTo(4_567L);
		JsonNode stats = tenant.api().get("/api/audience/campaigns/" + campaign + "/stats").body();
		assertThat(stats.path("cost_cents").asLong()).as(stats.toString()).isEqualTo(4_567);
		assertThat(stats.path("revenue_cents").asLong()).isEqualTo(9_000);
		assertThat(stats.path("roas").decimalValue()).isEqualByComparingTo("1.97");
		FakeServer.Request request = this.fake.requests(token).get(0).request();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo("/v25.0/120330/insights");
		assertThat(request.query()).containsEntry("fields", "spend").containsEntry("date_preset", "maximum");
		assertThat(this.fake.violations(token)).isEmpty();
		JsonNode channel = tenant.api().get("/api/audience/campaigns/" + campaign).body().path("channels").path(0);
		assertThat(channel.path("spend_cents").asLong()).isEqualTo(4_567);
		assertThat(channel.path("spend_synced_at").asString()).isNotBlank();
	}

	@Test
	void readsGoogleCostMicrosWithTheAdsHeadersIntoCents() {
		TestTenant tenant = newTenant();
		String refresh = token("google");
		Api.Response put = tenant.api()
			.send("PUT", "/api/audience/settings/platforms/google",
					"{\"customer_id\": \"123-456-7890\", \"login_customer_id\": \"111-222-3333\", \"client_id\": \"cid\", \"client_secret\": \"client-secret-value\", \"refresh_token\": \"%s\", \"developer_token\": \"dev-token-value\"}"
						.formatted(refresh));
		assertThat(put.status()).as(put.text()).isEqualTo(200);
		long campaign = adCampaign(tenant.id(), null, "google", "987654321", "active");
		this.fake.google.reports.set(refresh, "1234567890", "987654321", 12_345_678L);
		assertThat(spendOf(tenant.id(), campaign, "google")).isEqualTo(1_235L);
		FakeServer.Request search = this.fake.requests(refresh)
			.stream()
			.filter((recorded) -> recorded.request().path().endsWith("googleAds:search"))
			.findFirst()
			.orElseThrow()
			.request();
		assertThat(search.path()).isEqualTo("/v22/customers/1234567890/googleAds:search");
		assertThat(search.header("developer-token")).isEqualTo("dev-token-value");
		assertThat(search.header("login-customer-id")).isEqualTo("1112223333");
		assertThat(search.header("authorization")).isEqualTo("Bearer ya29." + refresh);
		assertThat(this.fake.violations(refresh)).isEmpty();
	}

	@Test
	void readsTikTokLifetimeSpendFromTheIntegratedReport() {
		TestTenant tenant = newTenant();
		String token = token("tiktok");
		Api.Response put = tenant.api()
			.send("PUT", "/api/audience/settings/platforms/tiktok",
					"{\"advertiser_id\": \"7000\", \"access_token\": \"%s\"}".formatted(token));
		assertThat(put.status()).as(put.text()).isEqualTo(200);
		long campaign = adCampaign(tenant.id(), null, "tiktok", "1800123", "active");
		this.fake.tiktok.reports.set(token, "7000", "1800123", "12.34");
		assertThat(spendOf(tenant.id(), campaign, "tiktok")).isEqualTo(1_234L);
		FakeServer.Request request = this.fake.requests(token).get(0).request();
		assertThat(request.path()).isEqualTo("/open_api/v1.3/report/integrated/get/");
		assertThat(request.query()).containsEntry("advertiser_id", "7000")
			.containsEntry("query_lifetime", "true")
			.containsEntry("filtering",
					"[{\"field_name\":\"campaign_ids\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"1800123\\\"]\"}]");
		assertThat(this.fake.violations(token)).isEmpty();
	}

	@Test
	void readsEachChannelAtMostOncePerHour() {
		TestTenant tenant = newTenant();
		String token = configureMeta(tenant.api());
		long campaign = adCampaign(tenant.id(), null, "meta", "5550", "active");
		this.fake.meta.insights.set(token, "5550", "10.00");
		assertThat(spendOf(tenant.id(), campaign, "meta")).isEqualTo(1_000L);
		this.fake.meta.insights.set(token, "5550", "25.50");
		this.spend.refreshDue();
		this.spend.refreshDue();
		assertThat(this.fake.requests(token)).hasSize(1);
		assertThat(storedSpend(tenant.id(), campaign, "meta")).isEqualTo(1_000L);
		this.jdbc.sql("""
				update audience_campaign_channels set spend_checked_at = spend_checked_at - interval '61 minutes'
				where tenant_id = :t and campaign_id = :c
				""").param("t", tenant.id()).param("c", campaign).update();
		assertThat(Eventually.await(() -> {
			this.spend.refreshDue();
			return storedSpend(tenant.id(), campaign, "meta");
		}, (cents) -> cents != null && cents == 2_550L, Duration.ofSeconds(30))).isEqualTo(2_550L);
		assertThat(this.fake.requests(token)).hasSize(2);
	}

	@Test
	void recordsAPlatformFailureOnTheChannelWithoutFailingTheCampaign() {
		TestTenant tenant = newTenant();
		String token = configureMeta(tenant.api());
		long refused = adCampaign(tenant.id(), null, "meta", "404404", "active");
		long unconfigured = adCampaign(tenant.id(), null, "tiktok", "1800999", "active");
		JsonNode meta = channelOnceChecked(tenant, refused);
		assertThat(meta.path("error").asString()).startsWith("Spend not read from meta: ")
			.contains("does not exist")
			.doesNotContain(token);
		assertThat(meta.path("status").asString()).isEqualTo("active");
		assertThat(meta.hasNonNull("spend_cents")).isFalse();
		JsonNode tiktok = channelOnceChecked(tenant, unconfigured);
		assertThat(tiktok.path("error").asString()).contains("No credentials for tiktok");
		assertThat(tenant.api().get("/api/audience/campaigns/" + refused).body().path("status").asString())
			.isEqualTo("active");
		assertThat(tenant.api().get("/api/audience/campaigns/" + unconfigured).body().path("status").asString())
			.isEqualTo("active");
		// the next successful read clears the error
		this.fake.meta.insights.set(token, "404404", "");
		this.jdbc.sql("update audience_campaign_channels set spend_checked_at = null where tenant_id = :t")
			.param("t", tenant.id())
			.update();
		assertThat(spendOf(tenant.id(), refused, "meta")).isZero();
		assertThat(channelOnceChecked(tenant, refused).hasNonNull("error")).isFalse();
	}

	@Test
	void aLongRateLimitIsRecordedAndLeftForTheNextPeriodInsteadOfWaitedOut() {
		TestTenant tenant = newTenant();
		String token = configureMeta(tenant.api());
		long campaign = adCampaign(tenant.id(), null, "meta", "4290", "active");
		this.fake.meta.insights.set(token, "4290", "3.00");
		this.fake.fail(token, 1, FakeServer.Reply.json(429, "{}").header("Retry-After", "3600"));
		long started = System.nanoTime();
		JsonNode channel = channelOnceChecked(tenant, campaign);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		assertThat(channel.path("error").asString()).startsWith("Spend not read from meta: ");
		assertThat(channel.path("status").asString()).isEqualTo("active");
		assertThat(this.fake.requests(token)).hasSize(1);
	}

	@Test
	void eachTenantReadsItsOwnCampaignWithItsOwnCredentials() {
		TestTenant first = newTenant();
		TestTenant second = newTenant();
		String firstToken = configureMeta(first.api());
		String secondToken = configureMeta(second.api());
		long firstCampaign = adCampaign(first.id(), null, "meta", "777", "active");
		long secondCampaign = adCampaign(second.id(), null, "meta", "777", "active");
		this.fake.meta.insights.set(firstToken, "777", "1.00");
		this.fake.meta.insights.set(secondToken, "777", "2.00");
		assertThat(spendOf(first.id(), firstCampaign, "meta")).isEqualTo(100L);
		assertThat(spendOf(second.id(), secondCampaign, "meta")).isEqualTo(200L);
		assertThat(this.fake.requests(firstToken)).hasSize(1);
		assertThat(this.fake.requests(secondToken)).hasSize(1);
		Api.Response foreign = first.api().get("/api/audience/campaigns/" + secondCampaign + "/stats");
		assertThat(foreign.status()).isEqualTo(404);
	}

	private String configureMeta(Api api) {
		String token = token("meta");
		Api.Response put = api.send("PUT", "/api/audience/settings/platforms/meta",
				"{\"access_token\": \"%s\", \"ad_account_id\": \"act_1234\"}".formatted(token));
		assertThat(put.status()).as(put.text()).isEqualTo(200);
		return token;
	}

	/** An ad campaign whose one channel is live and linked to the platform campaign. */
	private long adCampaign(long tenant, Long event, String channel, String platformCampaign, String status) {
		String type = channel + "_ads";
		long id = new CampaignFixtures(this.jdbc).campaign(tenant, event, type, status, 0, null,
				Instant.now().minus(Duration.ofDays(1)));
		this.jdbc
			.sql("""
					insert into audience_campaign_channels (tenant_id, campaign_id, channel, status, platform_campaign_id, updated_at)
					values (:tenant, :campaign, :channel, 'active', :link, now())
					""")
			.params(Map.of("tenant", tenant, "campaign", id, "channel", channel, "link", platformCampaign))
			.update();
		return id;
	}

	/** Refreshes until the channel's spend was read (here or by the scheduled task). */
	private Long spendOf(long tenant, long campaign, String channel) {
		return Eventually.await(() -> {
			this.spend.refreshDue();
			return this.jdbc.sql("""
					select spend_cents from audience_campaign_channels
					where tenant_id = :t and campaign_id = :c and channel = :ch and spend_synced_at is not null
					""")
				.params(Map.of("t", tenant, "c", campaign, "ch", channel))
				.query(Long.class)
				.optional()
				.orElse(null);
		}, (cents) -> cents != null, Duration.ofSeconds(30));
	}

	private Long storedSpend(long tenant, long campaign, String channel) {
		return this.jdbc.sql("""
				select spend_cents from audience_campaign_channels
				where tenant_id = :t and campaign_id = :c and channel = :ch
				""")
			.params(Map.of("t", tenant, "c", campaign, "ch", channel))
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Refreshes until the channel was asked and its result recorded; answers its view.
	 */
	private JsonNode channelOnceChecked(TestTenant tenant, long campaign) {
		return Eventually.await(() -> {
			this.spend.refreshDue();
			return tenant.api().get("/api/audience/campaigns/" + campaign).body().path("channels").path(0);
		}, (channel) -> channel.hasNonNull("error") || channel.path("spend_cents").isNumber(), Duration.ofSeconds(30));
	}

}
