package com.fanbase.campaigns;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant decides which sensitive actions need an owner: platform credentials and the
 * webhook secret (owners' by default, may be opened to marketers) and launches to more
 * recipients than a threshold. A refusal is a 403 {@code owner-required} problem naming
 * the rule. A scheduled launch is checked when it is scheduled, with the scheduler's
 * role, and again when due, with the role of whoever scheduled it.
 */
@IntegrationTest
class OwnerRuleTests extends CampaignTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CampaignSchedules schedules;

	@Test
	void aMarketersLaunchAboveTheThresholdIsRefusedNamingTheRuleAndAnOwnersGoes() {
		TestTenant tenant = newTenant();
		Api marketer = keyWithRole(tenant, "marketer");
		seed(tenant.api(), tenant.id(), 1, 6);
		configureBrevo(tenant.api());
		long large = segment(tenant.api(), LongStream.rangeClosed(1, 6).boxed().toList());
		long small = segment(tenant.api(), List.of(1L, 2L, 3L));
		Api.Response set = tenant.api()
			.send("PUT", "/api/audience/settings/owner-rules", "{\"owner_approval_above_recipients\": 3}");
		assertThat(set.status()).as(set.text()).isEqualTo(200);
		assertThat(set.body().path("owner_approval_above_recipients").asLong()).isEqualTo(3);
		long big = createEmail(marketer, large, 0).path("id").asLong();
		long fits = createEmail(marketer, small, 0).path("id").asLong();

		Api.Response refused = marketer.postJson("/api/audience/campaigns/" + big + "/launch", "{}");

		assertThat(refused.status()).as(refused.text()).isEqualTo(403);
		assertThat(refused.type()).endsWith("owner-required");
		assertThat(refused.body().path("rule").asString()).isEqualTo("owner_approval_above_recipients");
		assertThat(refused.body().path("detail").asString()).contains("6 members").contains("(3)");
		assertThat(marketer.get("/api/audience/campaigns/" + big).body().path("status").asString()).isEqualTo("draft");
		assertThat(launch(marketer, fits).path("status").asString()).isNotEqualTo("draft");
		assertThat(launch(tenant.api(), big).path("status").asString()).isNotEqualTo("draft");
	}

	@Test
	void aMarketerCannotScheduleALaunchAboveTheThresholdAndAnOwnersScheduleLaunchesWhenDue() {
		TestTenant tenant = newTenant();
		Api owner = tenant.api();
		Api marketer = keyWithRole(tenant, "marketer");
		seed(owner, tenant.id(), 1, 6);
		configureBrevo(owner);
		long large = segment(owner, LongStream.rangeClosed(1, 6).boxed().toList());
		threshold(owner, 3);

		Api.Response created = marketer.postJson("/api/audience/campaigns", scheduledBody(large));

		assertThat(created.status()).as(created.text()).isEqualTo(403);
		assertThat(created.body().path("rule").asString()).isEqualTo("owner_approval_above_recipients");
		assertThat(created.body().path("detail").asString()).contains("6 members", "(3)", "schedule");
		assertThat(marketer.get("/api/audience/campaigns").body()).as("nothing was created").isEmpty();
		long id = createEmail(marketer, large, 0).path("id").asLong();
		Api.Response scheduling = marketer.send("PATCH", "/api/audience/campaigns/" + id,
				"{\"scheduled_at\": \"" + inAnHour() + "\"}");
		assertThat(scheduling.status()).as(scheduling.text()).isEqualTo(403);
		assertThat(scheduling.body().path("rule").asString()).isEqualTo("owner_approval_above_recipients");
		JsonNode draft = marketer.get("/api/audience/campaigns/" + id).body();
		assertThat(draft.path("status").asString()).isEqualTo("draft");
		assertThat(draft.path("scheduled_by").isObject()).as("a draft has no scheduler").isFalse();

		Api.Response scheduled = owner.send("PATCH", "/api/audience/campaigns/" + id,
				"{\"scheduled_at\": \"" + inAnHour() + "\"}");
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		assertThat(scheduled.body().path("status").asString()).isEqualTo("scheduled");
		assertThat(scheduled.body().path("scheduled_by").path("type").asString()).isEqualTo("key");
		assertThat(scheduled.body().path("scheduled_by").path("id").asLong()).isEqualTo(tenant.keyId());
		assertThat(scheduled.body().path("scheduled_by").path("role").asString()).isEqualTo("owner");
		// A marketer's change to the owner's schedule would make it the marketer's:
		// refused.
		Api.Response renamed = marketer.send("PATCH", "/api/audience/campaigns/" + id, "{\"name\": \"Mine now\"}");
		assertThat(renamed.status()).as(renamed.text()).isEqualTo(403);
		assertThat(owner.get("/api/audience/campaigns/" + id).body().path("scheduled_by").path("role").asString())
			.isEqualTo("owner");

		makeDue(id);
		this.schedules.launchDue();

		assertThat(settled(owner, id).path("status").asString()).isEqualTo("sent");
	}

	@Test
	void aScheduledLaunchIsCheckedWhenDueWithTheRoleOfWhoeverScheduledIt() {
		TestTenant tenant = newTenant();
		Api owner = tenant.api();
		Api marketer = keyWithRole(tenant, "marketer");
		seed(owner, tenant.id(), 1, 6);
		String brevoKey = configureBrevo(owner);
		long growing = segment(owner, List.of(1L, 2L, 3L));
		threshold(owner, 3);
		Api.Response byMarketer = marketer.postJson("/api/audience/campaigns", scheduledBody(growing));
		assertThat(byMarketer.status()).as("3 members are not above 3: " + byMarketer.text()).isEqualTo(201);
		assertThat(byMarketer.body().path("scheduled_by").path("role").asString()).isEqualTo("marketer");
		Api.Response byOwner = owner.postJson("/api/audience/campaigns", scheduledBody(growing));
		assertThat(byOwner.status()).as(byOwner.text()).isEqualTo(201);
		long marketers = byMarketer.body().path("id").asLong();
		long owners = byOwner.body().path("id").asLong();
		// The segment grows past the threshold before the launch.
		assertThat(owner.postJson("/api/audience/segments/" + growing + "/members", "{\"customer_ids\": [4, 5, 6]}")
			.status()).isEqualTo(200);

		makeDue(marketers);
		makeDue(owners);
		this.schedules.launchDue();

		JsonNode failed = owner.get("/api/audience/campaigns/" + marketers).body();
		assertThat(failed.path("status").asString()).isEqualTo("failed");
		assertThat(failed.path("error").asString()).contains("owner_approval_above_recipients", "6 members",
				"marketer");
		assertThat(settled(owner, owners).path("status").asString()).isEqualTo("sent");
		assertThat(this.fake.brevo.campaigns.createdWith(brevoKey)).as("only the owner's went to Brevo").hasSize(1);
	}

	@Test
	void credentialsAndTheWebhookSecretAreOwnersUnlessTheTenantOpensThem() {
		TestTenant tenant = newTenant();
		Api marketer = keyWithRole(tenant, "marketer");
		Api analyst = keyWithRole(tenant, "analyst");
		Api.Response defaults = tenant.api().get("/api/audience/settings/owner-rules");
		assertThat(defaults.body().path("owner_only_platform_credentials").asBoolean()).isTrue();
		assertThat(defaults.body().path("owner_approval_above_recipients").isNumber()).isFalse();
		Api.Response before = marketer.send("PUT", "/api/audience/settings/platforms/brevo", "{\"api_key\": \"k\"}");
		assertThat(before.status()).isEqualTo(403);
		assertThat(before.body().path("rule").asString()).isEqualTo("owner_only_platform_credentials");

		tenant.api()
			.send("PUT", "/api/audience/settings/owner-rules",
					"{\"owner_only_platform_credentials\": false, \"owner_only_webhook_secret\": true}");

		assertThat(marketer.send("PUT", "/api/audience/settings/platforms/brevo", "{\"api_key\": \"k\"}").status())
			.isEqualTo(200);
		Api.Response secret = marketer.postJson("/api/audience/campaign-settings/webhook-secret", "{}");
		assertThat(secret.status()).isEqualTo(403);
		assertThat(secret.body().path("rule").asString()).isEqualTo("owner_only_webhook_secret");
		Api.Response analysts = analyst.send("PUT", "/api/audience/settings/platforms/brevo", "{\"api_key\": \"k\"}");
		assertThat(analysts.status()).isEqualTo(403);
		assertThat(analysts.type()).endsWith("/forbidden");
		assertThat(marketer.send("PUT", "/api/audience/settings/owner-rules", "{}").status()).isEqualTo(403);
		assertThat(newTenant().api()
			.get("/api/audience/settings/owner-rules")
			.body()
			.path("owner_only_platform_credentials")
			.asBoolean()).as("another tenant keeps its defaults").isTrue();
	}

	@Test
	void aNegativeThresholdIsRefusedNamingTheField() {
		Api.Response refused = newTenant().api()
			.send("PUT", "/api/audience/settings/owner-rules", "{\"owner_approval_above_recipients\": -1}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("/owner_approval_above_recipients");
	}

	private static void threshold(Api owner, long recipients) {
		Api.Response set = owner.send("PUT", "/api/audience/settings/owner-rules",
				"{\"owner_approval_above_recipients\": " + recipients + "}");
		assertThat(set.status()).as(set.text()).isEqualTo(200);
	}

	private static String scheduledBody(long segment) {
		return "{\"segment_id\": %d, \"name\": \"Scheduled\", \"campaign_type\": \"email\", \"scheduled_at\": \"%s\", \"settings\": %s}"
			.formatted(segment, inAnHour(), emailSettings());
	}

	private static Instant inAnHour() {
		return Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
	}

	private void makeDue(long id) {
		this.jdbc.sql("update audience_campaigns set scheduled_at = now() - interval '1 minute' where id = :id")
			.param("id", id)
			.update();
	}

	private Api keyWithRole(TestTenant tenant, String role) {
		Api.Response issued = operator().postJson("/api/audience/tenants/" + tenant.id() + "/keys",
				"{\"name\": \"" + role + "\", \"role\": \"" + role + "\"}");
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		return tenant.api().as(issued.body().path("key").asString());
	}

}
