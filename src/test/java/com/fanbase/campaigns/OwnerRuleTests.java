package com.fanbase.campaigns;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant decides which sensitive actions need an owner: platform credentials and the
 * webhook secret (owners' by default, may be opened to marketers) and launches to more
 * recipients than a threshold. A refusal is a 403 {@code owner-required} problem naming
 * the rule.
 */
@IntegrationTest
class OwnerRuleTests extends CampaignTestSupport {

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

	private Api keyWithRole(TestTenant tenant, String role) {
		Api.Response issued = operator().postJson("/api/audience/tenants/" + tenant.id() + "/keys",
				"{\"name\": \"" + role + "\", \"role\": \"" + role + "\"}");
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		return tenant.api().as(issued.body().path("key").asString());
	}

}
