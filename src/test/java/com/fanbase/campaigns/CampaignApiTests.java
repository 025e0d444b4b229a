package com.fanbase.campaigns;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CampaignApiTests extends CampaignTestSupport {

	@Test
	void createsDraftsAndScheduledCampaignsInTheTenantsCurrency() {
		TestTenant tenant = newTenant();
		long segment = segment(tenant.api(), List.of());
		JsonNode draft = createEmail(tenant.api(), segment, 10);
		assertThat(draft.path("status").asString()).isEqualTo("draft");
		assertThat(draft.path("currency").asString()).isEqualTo("EUR");
		assertThat(draft.path("tenant_id").asLong()).isEqualTo(tenant.id());
		assertThat(draft.path("holdout_percent").asInt()).isEqualTo(10);
		assertThat(draft.path("settings").path("sender_email").asString()).isEqualTo("news@tickets.example");
		assertThat(draft.path("channels").size()).isEqualTo(1);
		assertThat(draft.path("channels").path(0).path("channel").asString()).isEqualTo("email");
		assertThat(draft.path("channels").path(0).path("status").asString()).isEqualTo("pending");
		assertThat(draft.path("figures").path("segment_members").asLong()).isZero();

		String at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		Api.Response scheduled = tenant.api()
			.postJson("/api/audience/campaigns",
					"{\"segment_id\": %d, \"name\": \"Later\", \"campaign_type\": \"multi_channel\", \"scheduled_at\": \"%s\", \"budget_cents\": 50000, \"settings\": {\"channels\": [\"email\", \"meta\"], \"platform_campaign_ids\": {\"meta\": \"120210\"}}}"
						.formatted(segment, at));
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(201);
		assertThat(scheduled.body().path("status").asString()).isEqualTo("scheduled");
		assertThat(scheduled.body().path("scheduled_at").asString()).isEqualTo(at);
		assertThat(scheduled.body().path("budget_cents").asLong()).isEqualTo(50000);
		assertThat(scheduled.body().path("channels").findValuesAsString("channel")).containsExactly("email", "meta");
		assertThat(scheduled.body().path("channels").path(1).path("platform_campaign_id").asString())
			.isEqualTo("120210");
	}

	@Test
	void reportsEveryBadFieldByPointer() {
		TestTenant tenant = newTenant();
		long segment = segment(tenant.api(), List.of());
		Api.Response response = tenant.api()
			.postJson("/api/audience/campaigns",
					"{\"segment_id\": %d, \"campaign_type\": \"email\", \"holdout_percent\": 70, \"budget_cents\": -1, \"scheduled_at\": \"2020-01-01T00:00:00Z\", \"colour\": \"red\", \"settings\": {\"sender_email\": \"nobody\", \"channels\": [\"email\"]}}"
						.formatted(segment));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(pointers(response)).contains("/name", "/colour");
		Api.Response semantic = tenant.api()
			.postJson("/api/audience/campaigns",
					"{\"segment_id\": %d, \"name\": \"x\", \"campaign_type\": \"email\", \"holdout_percent\": 70, \"budget_cents\": -1, \"scheduled_at\": \"2020-01-01T00:00:00Z\", \"settings\": {\"sender_email\": \"nobody\", \"channels\": [\"email\"]}}"
						.formatted(segment));
		assertThat(semantic.status()).isEqualTo(400);
		assertThat(pointers(semantic)).containsExactlyInAnyOrder("/holdout_percent", "/budget_cents", "/scheduled_at",
				"/settings/sender_email", "/settings/channels");
		Api.Response types = tenant.api()
			.postJson("/api/audience/campaigns",
					"{\"segment_id\": \"seven\", \"name\": 3, \"campaign_type\": \"fax\", \"scheduled_at\": \"tomorrow\", \"settings\": []}");
		assertThat(pointers(types)).containsExactlyInAnyOrder("/segment_id", "/name", "/campaign_type", "/scheduled_at",
				"/settings");
		Api.Response multi = tenant.api()
			.postJson("/api/audience/campaigns",
					"{\"segment_id\": %d, \"name\": \"m\", \"campaign_type\": \"multi_channel\", \"settings\": {\"channels\": [\"email\", \"fax\", \"email\"], \"subject\": 5}}"
						.formatted(segment));
		assertThat(pointers(multi)).containsExactlyInAnyOrder("/settings/channels/1", "/settings/channels/2",
				"/settings/subject");
	}

	@Test
	void refusesAHoldoutOnAdCampaignsAndUnknownSegmentsOrEvents() {
		TestTenant tenant = newTenant();
		long segment = segment(tenant.api(), List.of());
		Api.Response holdout = tenant.api()
			.postJson("/api/audience/campaigns",
					"{\"segment_id\": %d, \"name\": \"Ads\", \"campaign_type\": \"meta_ads\", \"holdout_percent\": 10}"
						.formatted(segment));
		assertThat(holdout.status()).isEqualTo(400);
		assertThat(pointers(holdout)).containsExactly("/holdout_percent");
		Api.Response emailOnAds = tenant.api()
			.postJson("/api/audience/campaigns",
					"{\"segment_id\": %d, \"name\": \"Ads\", \"campaign_type\": \"meta_ads\", \"settings\": {\"subject\": \"Hi\"}}"
						.formatted(segment));
		assertThat(pointers(emailOnAds)).containsExactly("/settings/subject");
		Api.Response unknownSegment = tenant.api()
			.postJson("/api/audience/campaigns",
					"{\"segment_id\": 999999, \"name\": \"x\", \"campaign_type\": \"email\"}");
		assertThat(unknownSegment.status()).isEqualTo(404);
		assertThat(unknownSegment.type()).endsWith("/segment-not-found");
		Api.Response unknownEvent = tenant.api()
			.postJson("/api/audience/campaigns",
					"{\"segment_id\": %d, \"event_id\": 424242, \"name\": \"x\", \"campaign_type\": \"email\"}"
						.formatted(segment));
		assertThat(unknownEvent.status()).isEqualTo(404);
		assertThat(unknownEvent.type()).endsWith("/event-not-found");
	}

	@Test
	void listsNewestFirstAndFilters() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		long segment = segment(api, List.of());
		long first = createEmail(api, segment, 0).path("id").asLong();
		Api.Response ads = api.postJson("/api/audience/campaigns",
				"{\"segment_id\": %d, \"name\": \"Ads\", \"campaign_type\": \"tiktok_ads\"}".formatted(segment));
		long second = ads.body().path("id").asLong();
		long third = createEmail(api, segment, 0).path("id").asLong();
		api.postJson("/api/audience/campaigns/" + third + "/cancel", "{}");
		assertThat(ids(api.get("/api/audience/campaigns"))).containsExactly(third, second, first);
		assertThat(ids(api.get("/api/audience/campaigns?campaign_type=email"))).containsExactly(third, first);
		assertThat(ids(api.get("/api/audience/campaigns?status=cancelled"))).containsExactly(third);
		assertThat(ids(api.get("/api/audience/campaigns?status=draft&campaign_type=tiktok_ads")))
			.containsExactly(second);
		assertThat(ids(api.get("/api/audience/campaigns?event_id=5"))).isEmpty();
		Api.Response bad = api.get("/api/audience/campaigns?status=done&campaign_type=fax&event_id=x");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(pointers(bad)).containsExactlyInAnyOrder("status", "campaign_type", "event_id");
	}

	@Test
	void patchesBeforeLaunchAndOnlyTheCostAfter() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		long segment = segment(api, List.of());
		long id = createEmail(api, segment, 0).path("id").asLong();
		String at = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		Api.Response scheduled = api.send("PATCH", "/api/audience/campaigns/" + id,
				"{\"name\": \"Renamed\", \"scheduled_at\": \"%s\", \"settings\": {\"subject\": \"New subject\", \"html_content\": null}}"
					.formatted(at));
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		assertThat(scheduled.body().path("status").asString()).isEqualTo("scheduled");
		assertThat(scheduled.body().path("name").asString()).isEqualTo("Renamed");
		assertThat(scheduled.body().path("settings").path("subject").asString()).isEqualTo("New subject");
		assertThat(scheduled.body().path("settings").has("html_content")).isFalse();
		assertThat(scheduled.body().path("settings").path("sender_name").asString()).isEqualTo("Fanbase Tickets");
		Api.Response unscheduled = api.send("PATCH", "/api/audience/campaigns/" + id, "{\"scheduled_at\": null}");
		assertThat(unscheduled.body().path("status").asString()).isEqualTo("draft");
		Api.Response type = api.send("PATCH", "/api/audience/campaigns/" + id,
				"{\"campaign_type\": \"meta_ads\", \"color\": 1}");
		assertThat(type.status()).isEqualTo(400);
		assertThat(pointers(type)).containsExactlyInAnyOrder("/campaign_type", "/color");
		assertThat(api.postJson("/api/audience/campaigns/" + id + "/cancel", "{}").status()).isEqualTo(200);
		Api.Response afterCancel = api.send("PATCH", "/api/audience/campaigns/" + id, "{\"cost_cents\": 100}");
		assertThat(afterCancel.status()).isEqualTo(409);
		assertThat(afterCancel.body().path("campaign_status").asString()).isEqualTo("cancelled");
	}

	@Test
	void cancelsDraftsAndScheduledCampaignsOnly() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		long segment = segment(api, List.of());
		long draft = createEmail(api, segment, 0).path("id").asLong();
		Api.Response cancelled = api.postJson("/api/audience/campaigns/" + draft + "/cancel", "{}");
		assertThat(cancelled.body().path("status").asString()).isEqualTo("cancelled");
		assertThat(cancelled.body().path("cancelled_at").isMissingNode()).isFalse();
		assertThat(cancelled.body().path("channels").path(0).path("status").asString()).isEqualTo("cancelled");
		Api.Response again = api.postJson("/api/audience/campaigns/" + draft + "/cancel", "{}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.type()).endsWith("/campaign-state-conflict");
		assertThat(again.body().path("detail").asString()).contains("cancelled");
		Api.Response launch = api.postJson("/api/audience/campaigns/" + draft + "/launch", "{}");
		assertThat(launch.status()).isEqualTo(409);
		assertThat(launch.body().path("campaign_status").asString()).isEqualTo("cancelled");
	}

	@Test
	void aSegmentCannotBeDeletedWhileACampaignOnItHasYetToSend() {
		Api api = newTenant().api();
		long segment = segment(api, List.of());
		long draft = createEmail(api, segment, 0).path("id").asLong();

		Api.Response refused = api.delete("/api/audience/segments/" + segment);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.type()).endsWith("/segment-in-use");
		assertThat(refused.body().path("used_by").path(0).asString()).isEqualTo("campaign " + draft + " (draft)");
		assertThat(api.postJson("/api/audience/campaigns/" + draft + "/cancel", "{}").status()).isEqualTo(200);
		assertThat(api.delete("/api/audience/segments/" + segment).status()).isEqualTo(204);
	}

	@Test
	void anotherTenantsCampaignIsNotFound() {
		TestTenant owner = newTenant();
		TestTenant other = newTenant();
		long id = createEmail(owner.api(), segment(owner.api(), List.of()), 0).path("id").asLong();
		assertThat(other.api().get("/api/audience/campaigns/" + id).status()).isEqualTo(404);
		assertThat(other.api().postJson("/api/audience/campaigns/" + id + "/cancel", "{}").status()).isEqualTo(404);
		assertThat(other.api().send("PATCH", "/api/audience/campaigns/" + id, "{\"name\": \"x\"}").status())
			.isEqualTo(404);
		assertThat(ids(other.api().get("/api/audience/campaigns"))).isEmpty();
		assertThat(operator().get("/api/audience/campaigns/" + id + "?tenant_id=" + other.id()).status())
			.isEqualTo(404);
		assertThat(operator().get("/api/audience/campaigns/" + id + "?tenant_id=" + owner.id()).status())
			.isEqualTo(200);
		assertThat(owner.api().get("/api/audience/campaigns/" + id).status()).isEqualTo(200);
	}

	@Test
	void readsAndChecksCampaignSettings() {
		TestTenant tenant = newTenant();
		Api.Response defaults = tenant.api().get("/api/audience/campaign-settings");
		assertThat(defaults.body().path("frequency_cap_emails").asInt()).isEqualTo(1);
		assertThat(defaults.body().path("frequency_cap_hours").asInt()).isEqualTo(16);
		assertThat(defaults.body().path("attribution_days").asInt()).isEqualTo(7);
		Api.Response saved = tenant.api()
			.send("PUT", "/api/audience/campaign-settings", "{\"frequency_cap_emails\": 2, \"attribution_days\": 14}");
		assertThat(saved.status()).as(saved.text()).isEqualTo(200);
		assertThat(saved.body().path("frequency_cap_emails").asInt()).isEqualTo(2);
		assertThat(saved.body().path("frequency_cap_hours").asInt()).isEqualTo(16);
		assertThat(tenant.api().get("/api/audience/campaign-settings").body().path("attribution_days").asInt())
			.isEqualTo(14);
		Api.Response bad = tenant.api()
			.send("PUT", "/api/audience/campaign-settings",
					"{\"frequency_cap_emails\": 0, \"frequency_cap_hours\": 1000, \"attribution_days\": \"x\", \"webhook\": 1}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(pointers(bad)).contains("/frequency_cap_hours", "/attribution_days", "/webhook");
	}

	static List<String> pointers(Api.Response response) {
		List<String> pointers = new ArrayList<>();
		response.body().path("errors").forEach((error) -> pointers.add(error.path("pointer").asString()));
		return pointers;
	}

	static List<Long> ids(Api.Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		response.body().forEach((campaign) -> ids.add(campaign.path("id").asLong()));
		return ids;
	}

}
