package com.fanbase.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

import com.fanbase.platforms.brevo.BrevoCampaigns;
import com.fanbase.tenants.TenantId;
import com.fanbase.testing.Api;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;

/** Scheduled launches, restarts in the middle of a send, and ad campaigns. */
@IntegrationTest
class CampaignRunTests extends CampaignTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CampaignSchedules schedules;

	@Autowired
	Campaigns campaigns;

	@Autowired
	RecipientTargeting targeting;

	@Autowired
	EmailSend email;

	@Autowired
	LaunchJob job;

	@Autowired
	AdChannels ads;

	@Test
	void launchesADueScheduledCampaignOnceEvenWhenTwoRunsRace() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 6);
		String key = configureBrevo(api);
		long segment = segment(api, List.of(1L, 2L, 3L));
		long id = scheduled(api, segment);
		makeDue(id);
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(this.schedules::launchDue);
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(this.schedules::launchDue);
		assertThat(first.join() + second.join()).isLessThanOrEqualTo(1);
		JsonNode sent = settled(api, id);
		assertThat(sent.path("status").asString()).isEqualTo("sent");
		this.schedules.launchDue();
		assertThat(this.fake.brevo.campaigns.createdWith(key)).hasSize(1);
		long sends = this.fake.brevo.campaigns.sent.stream()
			.filter((sentId) -> sentId == sent.path("channels").path(0).path("brevo_campaign_id").asLong())
			.count();
		assertThat(sends).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from jobs where tenant_id = :t and type = :type")
			.param("t", tenant.id())
			.param("type", CampaignLauncher.JOB_TYPE + ":" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aDueCampaignThatCannotLaunchFailsWithTheReason() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 2);
		long id = scheduled(api, segment(api, List.of(1L, 2L)));
		makeDue(id);
		this.schedules.launchDue();
		JsonNode failed = api.get("/api/audience/campaigns/" + id).body();
		assertThat(failed.path("status").asString()).isEqualTo("failed");
		assertThat(failed.path("error").asString()).contains("no brevo credentials");
	}

	@Test
	void resumesAfterACrashBetweenStepsWithoutASecondBrevoCampaign() {
		TestTenant tenant = newTenant();
		TenantId tenantId = TenantId.of(tenant.id());
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 5);
		String key = configureBrevo(api);
		long id = createEmail(api, segment(api, List.of(1L, 2L, 3L)), 0).path("id").asLong();
		// the launch claimed the campaign, then the process died before its job ran
		this.jdbc.sql("update audience_campaigns set status = 'sending' where tenant_id = :t and id = :id")
			.param("t", tenant.id())
			.param("id", id)
			.update();
		this.targeting.target(tenantId, this.campaigns.require(tenantId, id));
		for (int step = 0; step < 4; step++) {
			assertThat(this.email.advance(tenantId, id)).isFalse();
		}
		CampaignChannel channel = this.campaigns.require(tenantId, id).channels().get(0);
		assertThat(channel.status().id()).isEqualTo("campaign_created");
		assertThat(this.fake.brevo.campaigns.createdWith(key)).hasSize(1);
		assertThat(this.fake.brevo.campaigns.sent).doesNotContain(channel.brevoCampaignId());

		this.job.launch(tenantId, id);
		Campaign sent = this.campaigns.require(tenantId, id);
		assertThat(sent.status()).isEqualTo(CampaignStatus.SENT);
		assertThat(sent.channels().get(0).brevoListId()).isEqualTo(channel.brevoListId());
		assertThat(this.fake.brevo.campaigns.createdWith(key)).hasSize(1);
		assertThat(sends(channel.brevoCampaignId())).isEqualTo(1);

		// died after asking Brevo to send, before recording its answer
		this.jdbc.sql("update audience_campaigns set status = 'sending' where tenant_id = :t and id = :id")
			.param("t", tenant.id())
			.param("id", id)
			.update();
		this.jdbc.sql(
				"update audience_campaign_channels set status = 'send_requested' where tenant_id = :t and campaign_id = :id")
			.param("t", tenant.id())
			.param("id", id)
			.update();
		this.job.launch(tenantId, id);
		assertThat(this.campaigns.require(tenantId, id).status()).isEqualTo(CampaignStatus.SENT);
		assertThat(sends(channel.brevoCampaignId())).isEqualTo(1);
		assertThat(this.fake.brevo.campaigns.createdWith(key)).hasSize(1);
	}

	@Test
	void importsTheRecipientsInBodiesBelowTheConfiguredSize(@Autowired CampaignRepository repository,
			@Autowired ChannelRepository channels, @Autowired BrevoCampaigns brevo) {
		TestTenant tenant = newTenant();
		TenantId tenantId = TenantId.of(tenant.id());
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 12);
		String key = configureBrevo(api);
		long id = createEmail(api, segment(api, LongStream.rangeClosed(1, 12).boxed().toList()), 0).path("id").asLong();
		this.jdbc.sql("update audience_campaigns set status = 'sending' where tenant_id = :t and id = :id")
			.param("t", tenant.id())
			.param("id", id)
			.update();
		this.targeting.target(tenantId, this.campaigns.require(tenantId, id));
		EmailSend small = new EmailSend(repository, channels, brevo, this.jdbc,
				new CampaignsProperties(600, Duration.ofMillis(1), Duration.ofSeconds(10), Duration.ofMinutes(1)));
		for (int step = 0; step < 10 && !small.advance(tenantId, id); step++) {
			assertThat(step).isLessThan(9);
		}
		List<String> imports = this.fake.requests(key)
			.stream()
			.filter((request) -> request.request().path().endsWith("/contacts/import"))
			.map((request) -> request.request().text())
			.toList();
		assertThat(imports).hasSizeGreaterThan(2).allMatch((body) -> body.length() <= 600);
		Set<String> expected = LongStream.rangeClosed(1, 12)
			.filter((i) -> i % 7 != 0)
			.mapToObj((i) -> email(tenant.id(), (int) i))
			.collect(Collectors.toSet());
		assertThat(this.fake.brevo.campaigns.createdWith(key).get(0).recipients()).isEqualTo(expected);
		assertThat(this.fake.requests(key)
			.stream()
			.filter((request) -> request.request().path().startsWith("/v3/processes/"))).hasSize(imports.size());
	}

	@Test
	void adoptsTheBrevoCampaignCreatedJustBeforeACrash() {
		TestTenant tenant = newTenant();
		TenantId tenantId = TenantId.of(tenant.id());
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 3);
		String key = configureBrevo(api);
		long id = createEmail(api, segment(api, List.of(1L, 2L)), 0).path("id").asLong();
		this.jdbc.sql("update audience_campaigns set status = 'sending' where tenant_id = :t and id = :id")
			.param("t", tenant.id())
			.param("id", id)
			.update();
		this.targeting.target(tenantId, this.campaigns.require(tenantId, id));
		for (int step = 0; step < 4; step++) {
			this.email.advance(tenantId, id);
		}
		// Brevo created the campaign, but its id was never recorded
		this.jdbc.sql("""
				update audience_campaign_channels set status = 'campaign_requested', brevo_campaign_id = null
				where tenant_id = :t and campaign_id = :id
				""").param("t", tenant.id()).param("id", id).update();
		this.job.launch(tenantId, id);
		Campaign sent = this.campaigns.require(tenantId, id);
		assertThat(sent.status()).isEqualTo(CampaignStatus.SENT);
		assertThat(this.fake.brevo.campaigns.createdWith(key)).hasSize(1);
		assertThat(sent.channels().get(0).brevoCampaignId())
			.isEqualTo(this.fake.brevo.campaigns.createdWith(key).get(0).id());
		assertThat(sends(sent.channels().get(0).brevoCampaignId())).isEqualTo(1);
		assertThat(this.fake.violations(key)).isEmpty();
	}

	@Test
	void anAdCampaignExportsTheSegmentAndTurnsActiveThenCompletes() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 10);
		Api.Response put = api.send("PUT", "/api/audience/settings/platforms/meta",
				"{\"access_token\": \"%s\", \"ad_account_id\": \"act_1234\", \"app_id\": \"99\", \"app_secret\": \"s3cr3t-app-secret\"}"
					.formatted(token("meta")));
		assertThat(put.status()).as(put.text()).isEqualTo(200);
		long segment = segment(api, LongStream.rangeClosed(1, 10).boxed().toList());
		Api.Response created = api.postJson("/api/audience/campaigns",
				"{\"segment_id\": %d, \"name\": \"Retarget\", \"campaign_type\": \"meta_ads\", \"budget_cents\": 100000, \"settings\": {\"platform_campaign_id\": \"120330\", \"ends_at\": \"%s\"}}"
					.formatted(segment, Instant.now().plus(30, ChronoUnit.DAYS)));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().path("id").asLong();
		launch(api, id);
		JsonNode exporting = Eventually.await(() -> api.get("/api/audience/campaigns/" + id).body(),
				(body) -> body.path("channels").path(0).path("export_id").asLong() > 0, Duration.ofSeconds(30));
		long export = exporting.path("channels").path(0).path("export_id").asLong();
		Eventually.await(() -> api.get("/api/audience/exports/" + export).body().path("status").asString(),
				(status) -> !status.equals("queued") && !status.equals("running"), Duration.ofSeconds(60));
		this.ads.checkExports();
		JsonNode active = api.get("/api/audience/campaigns/" + id).body();
		assertThat(active.path("status").asString()).as(active.toString()).isEqualTo("active");
		assertThat(active.path("channels").path(0).path("status").asString()).isEqualTo("active");
		assertThat(active.path("channels").path(0).path("platform_campaign_id").asString()).isEqualTo("120330");
		assertThat(active.path("figures").path("targeted").asLong()).isEqualTo(8);
		assertThat(this.jdbc.sql("""
				select customer_id from audience_campaign_recipients where tenant_id = :t and campaign_id = :id
				and grp = 'sent' order by customer_id
				""").param("t", tenant.id()).param("id", id).query(Long.class).list()).containsExactly(1L, 2L, 3L, 4L,
				6L, 7L, 8L, 9L);
		this.jdbc.sql("""
				update audience_campaigns set settings = jsonb_set(settings, '{ends_at}', '"2020-01-01T00:00:00Z"')
				where tenant_id = :t and id = :id
				""").param("t", tenant.id()).param("id", id).update();
		this.schedules.complete();
		assertThat(api.get("/api/audience/campaigns/" + id).body().path("status").asString()).isEqualTo("completed");
	}

	@Test
	void aMultiChannelCampaignIsActiveOnceTheEmailIsSentAndTheAudienceIsLive() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 10);
		String key = configureBrevo(api);
		Api.Response put = api.send("PUT", "/api/audience/settings/platforms/tiktok",
				"{\"advertiser_id\": \"7000\", \"access_token\": \"%s\"}".formatted(token("tiktok")));
		assertThat(put.status()).as(put.text()).isEqualTo(200);
		long segment = segment(api, LongStream.rangeClosed(1, 10).boxed().toList());
		String settings = emailSettings().replaceFirst("\\{", "{\"channels\": [\"email\", \"tiktok\"], ");
		Api.Response holdout = api.postJson("/api/audience/campaigns",
				"{\"segment_id\": %d, \"name\": \"Both\", \"campaign_type\": \"multi_channel\", \"holdout_percent\": 5, \"settings\": %s}"
					.formatted(segment, settings));
		assertThat(holdout.status()).isEqualTo(400);
		Api.Response created = api.postJson("/api/audience/campaigns",
				"{\"segment_id\": %d, \"name\": \"Both\", \"campaign_type\": \"multi_channel\", \"settings\": %s}"
					.formatted(segment, settings));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().path("id").asLong();
		launch(api, id);
		JsonNode emailed = Eventually.await(() -> api.get("/api/audience/campaigns/" + id).body(),
				(body) -> body.path("channels").path(0).path("status").asString().equals("sent")
						&& body.path("channels").path(1).path("export_id").asLong() > 0,
				Duration.ofSeconds(30));
		assertThat(emailed.path("status").asString()).isIn("sending", "active");
		long export = emailed.path("channels").path(1).path("export_id").asLong();
		Eventually.await(() -> api.get("/api/audience/exports/" + export).body().path("status").asString(),
				(status) -> !status.equals("queued") && !status.equals("running"), Duration.ofSeconds(60));
		this.ads.checkExports();
		JsonNode active = api.get("/api/audience/campaigns/" + id).body();
		assertThat(active.path("status").asString()).as(active.toString()).isEqualTo("active");
		assertThat(active.path("sent_at").isMissingNode()).isFalse();
		assertThat(this.fake.brevo.campaigns.createdWith(key)).hasSize(1);
		// email recipients carry their address; the ad audience adds members only it
		// reaches
		assertThat(this.jdbc.sql("""
				select count(*) from audience_campaign_recipients where tenant_id = :t and campaign_id = :id
				and grp = 'sent' and email is not null
				""").param("t", tenant.id()).param("id", id).query(Long.class).single()).isEqualTo(9);
	}

	private long scheduled(Api api, long segment) {
		Api.Response created = api.postJson("/api/audience/campaigns",
				"{\"segment_id\": %d, \"name\": \"Scheduled\", \"campaign_type\": \"email\", \"scheduled_at\": \"%s\", \"settings\": %s}"
					.formatted(segment, Instant.now().plus(1, ChronoUnit.HOURS), emailSettings()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.body().path("status").asString()).isEqualTo("scheduled");
		return created.body().path("id").asLong();
	}

	private void makeDue(long id) {
		this.jdbc.sql("update audience_campaigns set scheduled_at = now() - interval '1 minute' where id = :id")
			.param("id", id)
			.update();
	}

	private long sends(Long brevoCampaign) {
		return this.fake.brevo.campaigns.sent.stream().filter((sent) -> sent.equals(brevoCampaign)).count();
	}

}
