package com.fanbase.campaigns;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.exports.Suppressions;
import com.fanbase.exports.fakes.FakeBrevoCampaigns;
import com.fanbase.exports.fakes.FakeServer;
import com.fanbase.testing.Api;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;
import com.fanbase.tenants.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CampaignLaunchTests extends CampaignTestSupport {

	@Autowired
	Suppressions suppressions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sendsTheEmailToConsentedUnsuppressedMembersThroughBrevo() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 20);
		String key = configureBrevo(api);
		this.suppressions.suppress(TenantId.of(tenant.id()), 3, "unsubscribed");
		long segment = segment(api, LongStream.rangeClosed(1, 18).boxed().toList());
		long id = createEmail(api, segment, 0).path("id").asLong();
		JsonNode launched = launch(api, id);
		assertThat(launched.path("status").asString()).isIn("sending", "sent");
		JsonNode sent = settled(api, id);
		assertThat(sent.path("status").asString()).as(sent.toString()).isEqualTo("sent");
		assertThat(sent.path("sent_at").isMissingNode()).isFalse();
		// 1..18, minus 7 and 14 (no email consent) and 3 (unsubscribed)
		Set<String> expected = LongStream.rangeClosed(1, 18)
			.filter((i) -> i % 7 != 0 && i != 3)
			.mapToObj((i) -> email(tenant.id(), (int) i))
			.collect(Collectors.toSet());
		List<FakeBrevoCampaigns.Created> created = this.fake.brevo.campaigns.createdWith(key);
		assertThat(created).hasSize(1);
		FakeBrevoCampaigns.Created campaign = created.get(0);
		assertThat(campaign.recipients()).isEqualTo(expected);
		assertThat(campaign.body().path("sender").path("name").asString()).isEqualTo("Fanbase Tickets");
		assertThat(campaign.body().path("sender").path("email").asString()).isEqualTo("news@tickets.example");
		assertThat(campaign.body().path("subject").asString()).isEqualTo("Your next gig");
		assertThat(campaign.body().path("htmlContent").asString()).contains("contact.FIRSTNAME");
		assertThat(campaign.body().path("tag").asString()).isEqualTo("fanbase-" + tenant.id() + "-" + id);
		assertThat(this.fake.brevo.campaigns.sent.stream().filter((sentId) -> sentId == campaign.id()).count())
			.isEqualTo(1);
		assertThat(this.fake.violations(key)).isEmpty();
		assertThat(this.fake.requests(key)).allMatch((request) -> key.equals(request.request().header("api-key")));
		JsonNode channel = sent.path("channels").path(0);
		assertThat(channel.path("status").asString()).isEqualTo("sent");
		assertThat(channel.path("brevo_campaign_id").asLong()).isEqualTo(campaign.id());
		assertThat(campaign.body().path("recipients").path("listIds").path(0).asLong())
			.isEqualTo(channel.path("brevo_list_id").asLong());
		JsonNode figures = sent.path("figures");
		assertThat(figures.path("segment_members").asLong()).isEqualTo(18);
		assertThat(figures.path("targeted").asLong()).isEqualTo(expected.size());
		assertThat(figures.path("without_consent").asLong()).isEqualTo(2);
		assertThat(figures.path("suppressed").asLong()).isEqualTo(1);
		assertThat(figures.path("held_out").asLong()).isZero();
		assertThat(recipients(tenant.id(), id, "sent")).hasSize(expected.size());

		assertThat(api.send("PATCH", "/api/audience/campaigns/" + id, "{\"cost_cents\": 2500}")
			.body()
			.path("cost_cents")
			.asLong()).isEqualTo(2500);
		assertThat(api.send("PATCH", "/api/audience/campaigns/" + id, "{\"name\": \"late\"}").status()).isEqualTo(409);
		Api.Response cancel = api.postJson("/api/audience/campaigns/" + id + "/cancel", "{}");
		assertThat(cancel.status()).isEqualTo(409);
		assertThat(cancel.body().path("campaign_status").asString()).isEqualTo("sent");
		assertThat(api.postJson("/api/audience/campaigns/" + id + "/launch", "{}").status()).isEqualTo(409);
	}

	@Test
	void refusesLaunchesWithTheReason() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 3);
		long full = segment(api, List.of(1L, 2L, 3L));
		long id = createEmail(api, full, 0).path("id").asLong();
		Api.Response unconfigured = api.postJson("/api/audience/campaigns/" + id + "/launch", "{}");
		assertThat(unconfigured.status()).isEqualTo(422);
		assertThat(unconfigured.body().path("reason").asString()).isEqualTo("platform_not_configured");
		configureBrevo(api);
		long empty = createEmail(api, segment(api, List.of()), 0).path("id").asLong();
		Api.Response emptySegment = api.postJson("/api/audience/campaigns/" + empty + "/launch", "{}");
		assertThat(emptySegment.status()).isEqualTo(422);
		assertThat(emptySegment.body().path("reason").asString()).isEqualTo("empty_segment");
		long bare = api.postJson("/api/audience/campaigns",
				"{\"segment_id\": %d, \"name\": \"Bare\", \"campaign_type\": \"email\", \"settings\": {\"subject\": \"Hi\"}}"
					.formatted(full))
			.body()
			.path("id")
			.asLong();
		Api.Response missing = api.postJson("/api/audience/campaigns/" + bare + "/launch", "{}");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.body().path("reason").asString()).isEqualTo("email_settings_missing");
		assertThat(missing.body().path("detail").asString()).contains("html_content", "sender_email", "sender_name");
		assertThat(api.get("/api/audience/campaigns/" + id).body().path("status").asString()).isEqualTo("draft");
		Api.Response meta = api.postJson("/api/audience/campaigns",
				"{\"segment_id\": %d, \"name\": \"Ads\", \"campaign_type\": \"meta_ads\"}".formatted(full));
		Api.Response noMeta = api.postJson("/api/audience/campaigns/" + meta.body().path("id").asLong() + "/launch",
				"{}");
		assertThat(noMeta.status()).isEqualTo(422);
		assertThat(noMeta.body().path("detail").asString()).contains("meta");
	}

	@Test
	void retriesBrevosRateLimitThenSends() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 4);
		String key = configureBrevo(api);
		long id = createEmail(api, segment(api, List.of(1L, 2L, 4L)), 0).path("id").asLong();
		this.fake.fail(key, 2, FakeServer.Reply.json(429, "{\"code\":\"too_many_requests\",\"message\":\"Too many\"}")
			.header("x-sib-ratelimit-reset", "1"));
		launch(api, id);
		assertThat(settled(api, id).path("status").asString()).isEqualTo("sent");
		assertThat(this.fake.requests(key).stream().filter((request) -> request.status() == 429).count()).isEqualTo(2);
		assertThat(this.fake.brevo.campaigns.createdWith(key)).hasSize(1);
	}

	@Test
	void failsWithTheReasonWhenBrevoStaysUnavailable() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 4);
		String key = configureBrevo(api);
		long id = createEmail(api, segment(api, List.of(1L, 2L)), 0).path("id").asLong();
		this.fake.fail(key, 4, FakeServer.Reply.json(503, "{\"code\":\"bad_request\",\"message\":\"Down\"}"));
		launch(api, id);
		JsonNode failed = settled(api, id);
		assertThat(failed.path("status").asString()).isEqualTo("failed");
		assertThat(failed.path("error").asString()).contains("unavailable");
		assertThat(failed.path("channels").path(0).path("status").asString()).isEqualTo("failed");
		assertThat(recipients(tenant.id(), id, "sent")).isEmpty();
		assertThat(this.fake.brevo.campaigns.createdWith(key)).isEmpty();
		JsonNode job = Eventually.await(() -> api.get("/api/audience/jobs?limit=5").body().path(0),
				(latest) -> latest.path("finished_at").isString(), Duration.ofSeconds(30));
		assertThat(job.path("type").asString()).isEqualTo("campaign-launch:" + id);
		assertThat(job.path("status").asString()).as("the job agrees with its campaign").isEqualTo("failed");
		assertThat(job.path("error").asString()).isEqualTo(failed.path("error").asString());
	}

	@Test
	void frequencyCapSkipsWhoWasMailedWithinTheWindow() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 12);
		String key = configureBrevo(api);
		long first = createEmail(api, segment(api, List.of(1L, 2L, 3L, 4L)), 0).path("id").asLong();
		launch(api, first);
		assertThat(settled(api, first).path("status").asString()).isEqualTo("sent");
		long second = createEmail(api, segment(api, LongStream.rangeClosed(1, 12).boxed().toList()), 0).path("id")
			.asLong();
		launch(api, second);
		JsonNode sent = settled(api, second);
		assertThat(sent.path("status").asString()).isEqualTo("sent");
		assertThat(sent.path("figures").path("capped").asLong()).isEqualTo(4);
		Set<String> expected = LongStream.rangeClosed(5, 12)
			.filter((i) -> i % 7 != 0)
			.mapToObj((i) -> email(tenant.id(), (int) i))
			.collect(Collectors.toSet());
		long brevoId = sent.path("channels").path(0).path("brevo_campaign_id").asLong();
		assertThat(this.fake.brevo.campaigns.created.get(brevoId).recipients()).isEqualTo(expected);
		assertThat(this.fake.brevo.campaigns.createdWith(key)).hasSize(2);
		assertThat(this.fake.brevo.campaigns.folderCreations.stream().filter(key::equals)).hasSize(1);
		assertThat(recipients(tenant.id(), second, "capped")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
	}

	@Test
	void holdsOutADeterministicShareAndSendsToTheRest() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 60);
		String key = configureBrevo(api);
		List<Long> members = LongStream.rangeClosed(1, 60).filter((i) -> i % 7 != 0).boxed().toList();
		long id = createEmail(api, segment(api, members), 30).path("id").asLong();
		launch(api, id);
		JsonNode sent = settled(api, id);
		assertThat(sent.path("status").asString()).isEqualTo("sent");
		Set<Long> heldOut = members.stream()
			.filter((customer) -> Holdout.heldOut(id, customer, 30))
			.collect(Collectors.toSet());
		assertThat(heldOut).isNotEmpty();
		assertThat(recipients(tenant.id(), id, "holdout")).containsExactlyInAnyOrderElementsOf(heldOut);
		assertThat(sent.path("figures").path("held_out").asLong()).isEqualTo(heldOut.size());
		Set<String> expected = members.stream()
			.filter((customer) -> !heldOut.contains(customer))
			.map((customer) -> email(tenant.id(), customer.intValue()))
			.collect(Collectors.toSet());
		assertThat(this.fake.brevo.campaigns.createdWith(key).get(0).recipients()).isEqualTo(expected);
	}

	@Test
	void completesEmailCampaignsOnceTheAttributionWindowHasPassed(@Autowired CampaignSchedules schedules) {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 3);
		configureBrevo(api);
		long id = createEmail(api, segment(api, List.of(1L, 2L)), 0).path("id").asLong();
		launch(api, id);
		assertThat(settled(api, id).path("status").asString()).isEqualTo("sent");
		schedules.complete();
		assertThat(api.get("/api/audience/campaigns/" + id).body().path("status").asString()).isEqualTo("sent");
		this.jdbc.sql(
				"update audience_campaigns set sent_at = sent_at - interval '8 days' where tenant_id = :t and id = :id")
			.param("t", tenant.id())
			.param("id", id)
			.update();
		schedules.complete();
		JsonNode completed = api.get("/api/audience/campaigns/" + id).body();
		assertThat(completed.path("status").asString()).isEqualTo("completed");
		assertThat(completed.path("completed_at").isMissingNode()).isFalse();
	}

	List<Long> recipients(long tenant, long campaign, String group) {
		return this.jdbc.sql("""
				select customer_id from audience_campaign_recipients
				where tenant_id = :tenant and campaign_id = :campaign and grp = :grp order by customer_id
				""").param("tenant", tenant).param("campaign", campaign).param("grp", group).query(Long.class).list();
	}

}
