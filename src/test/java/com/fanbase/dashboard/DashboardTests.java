package com.fanbase.dashboard;

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
 * The dashboard's figures on a small fixture, and that it shows only the tenant's own.
 */
@IntegrationTest
class DashboardTests extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	JsonNode dashboard(TestTenant tenant) {
		Api.Response response = tenant.api().get("/api/audience/dashboard?tenant_id=" + tenant.id());
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	@Test
	void summarisesTheTenantsProfilesSegmentsExportsCampaignsAndPlan() {
		TestTenant tenant = newTenant();
		long t = tenant.id();
		Instant now = Instant.now();
		CampaignFixtures fixtures = new CampaignFixtures(this.jdbc);
		fixtures.customers(t, 1, 4, now.minus(Duration.ofDays(2)));
		fixtures.customers(t, 5, 1, now.minus(Duration.ofDays(60)));
		profiles(t);
		long big = segment(t, "Big", 120, "succeeded", null);
		segment(t, "Small", 5, "failed", "Statement timed out");
		export(t, "meta", big, "completed", "now() + interval '10 days'", null);
		export(t, "brevo", big, "failed", "null", null);
		export(t, "tiktok", big, "completed", "now() + interval '5 days'", "now()");
		fixtures.event(t, 1);
		fixtures.event(t, 2);
		long email = fixtures.campaign(t, null, "email", "sent", 0, 1_000L, now.minus(Duration.ofDays(2)));
		fixtures.channel(t, email, "email", 700L, null);
		fixtures.recipients(t, email, 1, 3, "sent", now.minus(Duration.ofDays(2)));
		fixtures.events(t, email, 1, 2, "opened", false, now.minus(Duration.ofDays(1)));
		fixtures.events(t, email, 1, 1, "clicked", false, now.minus(Duration.ofDays(1)));
		fixtures.order(t, 1, 1, 1, 2_000, "paid", now.minus(Duration.ofDays(1)));
		fixtures.campaign(t, null, "meta_ads", "active", 0, null, now.minus(Duration.ofHours(1)));
		long old = fixtures.campaign(t, null, "email", "completed", 0, null, now.minus(Duration.ofDays(40)));
		fixtures.recipients(t, old, 4, 1, "sent", now.minus(Duration.ofDays(40)));
		recommendation(t, 1, 1, 2_000L);
		recommendation(t, 1, 2, 3_000L);
		recommendation(t, 2, 3, 500L);
		recommendation(t, 2, 4, null);

		JsonNode dashboard = dashboard(tenant);

		JsonNode profiles = dashboard.path("profiles");
		assertThat(profiles.path("count").asLong()).isEqualTo(5);
		assertThat(profiles.path("new_in_30_days").asLong()).isEqualTo(4);
		assertThat(profiles.path("median_churn_risk").asDouble()).isEqualTo(25.0);
		JsonNode segments = dashboard.path("segments");
		assertThat(segments.path("count").asLong()).isEqualTo(2);
		assertThat(segments.path("largest").path("id").asLong()).isEqualTo(big);
		assertThat(segments.path("largest").path("name").asString()).isEqualTo("Big");
		assertThat(segments.path("largest").path("members").asLong()).isEqualTo(120);
		assertThat(segments.path("last_refresh_failures")).hasSize(1);
		assertThat(segments.path("last_refresh_failures").path(0).path("error").asString())
			.isEqualTo("Statement timed out");
		JsonNode exports = dashboard.path("exports");
		assertThat(exports.path("by_platform").path("meta").path("completed").asLong()).isEqualTo(1);
		assertThat(exports.path("by_platform").path("brevo").path("failed").asLong()).isEqualTo(1);
		assertThat(exports.path("by_platform").has("tiktok")).isFalse();
		assertThat(exports.path("expiring_within_14_days").asLong()).isEqualTo(1);
		JsonNode campaigns = dashboard.path("campaigns");
		assertThat(campaigns.path("active").asLong()).isEqualTo(1);
		JsonNode recent = campaigns.path("last_30_days");
		assertThat(recent.path("campaigns").asLong()).isEqualTo(2);
		assertThat(recent.path("sent").asLong()).isEqualTo(3);
		assertThat(recent.path("opens").asLong()).isEqualTo(2);
		assertThat(recent.path("clicks").asLong()).isEqualTo(1);
		assertThat(recent.path("conversions").asLong()).isEqualTo(1);
		assertThat(recent.path("revenue_cents").asLong()).isEqualTo(2_000);
		assertThat(recent.path("roas").decimalValue()).isEqualByComparingTo("2.00");
		JsonNode top = dashboard.path("top_events");
		assertThat(top).hasSize(2);
		assertThat(top.path(0).path("event_id").asLong()).isEqualTo(1);
		assertThat(top.path(0).path("conversions").asLong()).isEqualTo(2);
		assertThat(top.path(0).path("revenue_cents").asLong()).isEqualTo(5_000);
		assertThat(top.path(1).path("conversions").asLong()).isEqualTo(1);
		JsonNode plan = dashboard.path("plan");
		assertThat(plan.path("plan").asString()).isEqualTo("base");
		assertThat(plan.path("segments").path("used").asLong()).isEqualTo(2);
		assertThat(plan.path("segments").path("limit").asLong()).isEqualTo(10);
		assertThat(plan.path("exports_this_month").path("used").asLong()).isEqualTo(3);
		assertThat(plan.path("exports_this_month").path("limit").asLong()).isEqualTo(5);
	}

	@Test
	void showsOnlyTheTenantsOwnFigures() {
		TestTenant busy = newTenant();
		TestTenant quiet = newTenant();
		segment(busy.id(), "Busy", 10, "succeeded", null);
		new CampaignFixtures(this.jdbc).campaign(busy.id(), null, "meta_ads", "active", 0, null, Instant.now());
		JsonNode dashboard = dashboard(quiet);
		assertThat(dashboard.path("segments").path("count").asLong()).isZero();
		assertThat(dashboard.path("campaigns").path("active").asLong()).isZero();
		assertThat(dashboard.path("profiles").path("count").asLong()).isZero();
		assertThat(quiet.api().get("/api/audience/dashboard?tenant_id=" + busy.id()).status()).isEqualTo(403);
	}

	private void profiles(long tenant) {
		this.jdbc.sql("""
				insert into customer_profiles (tenant_id, customer_id, churn_risk, as_of, updated_at)
				select :tenant, id, (array[10, 20, 30, 80, null])[id], now(), now() from generate_series(1, 5) id
				""").param("tenant", tenant).update();
	}

	private long segment(long tenant, String name, long members, String status, String error) {
		return this.jdbc.sql("""
				insert into audience_segments (tenant_id, name, segment_type, member_count, last_refreshed_at,
				    last_refresh_status, last_refresh_error, created_at, updated_at)
				values (:tenant, :name, 'static', :members, now(), :status, :error, now(), now()) returning id
				""")
			.param("tenant", tenant)
			.param("name", name)
			.param("members", members)
			.param("status", status)
			.param("error", error, java.sql.Types.VARCHAR)
			.query(Long.class)
			.single();
	}

	private void export(long tenant, String platform, long segment, String status, String expires, String deleted) {
		this.jdbc.sql("""
				insert into audience_exports (tenant_id, platform, segment_id, audience_name, status, expires_at,
				    created_at, updated_at, deleted_at)
				values (:tenant, :platform, :segment, 'Audience', :status, %s, now(), now(), %s)
				""".formatted(expires, (deleted != null) ? deleted : "null"))
			.param("tenant", tenant)
			.param("platform", platform)
			.param("segment", segment)
			.param("status", status)
			.update();
	}

	private void recommendation(long tenant, long event, long customer, Long revenue) {
		this.jdbc.sql("""
				insert into event_recommendations (tenant_id, event_id, customer_id, score, genre_points, type_points,
				    artist_points, price_points, location_points, engagement_points, watchlist_points, recommended_at,
				    scored_at, converted_at, revenue_cents)
				values (:tenant, :event, :customer, 50, 0, 0, 0, 0, 0, 0, 0, now(), now(),
				    case when cast(:revenue as bigint) is null then null else now() end, :revenue)
				""")
			.param("tenant", tenant)
			.param("event", event)
			.param("customer", customer)
			.param("revenue", revenue, java.sql.Types.BIGINT)
			.update();
	}

}
