package com.fanbase.tenants;

import org.junit.jupiter.api.Test;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key acts with its role: analysts read (and preview), marketers change, owners also
 * set platform credentials, rotate the webhook secret and read the audit log.
 */
@IntegrationTest
class KeyRoleTests extends ApiTestSupport {

	@Test
	void aKeyWithoutARoleIsAnOwnerAsEveryKeyWasBefore() {
		TestTenant tenant = newTenant();

		Api.Response keys = operator().get("/api/audience/tenants/" + tenant.id() + "/keys");

		assertThat(keys.body().get(0).path("role").asString()).isEqualTo("owner");
		assertThat(
				tenant.api().send("PUT", "/api/audience/settings/platforms/brevo", "{\"api_key\": \"k-1\"}").status())
			.isEqualTo(200);
	}

	@Test
	void anAnalystKeyReadsAndPreviewsButChangesNothing() {
		TestTenant tenant = newTenant();
		Api analyst = keyWithRole(tenant, "analyst");

		assertThat(analyst.get("/api/audience/segments").status()).isEqualTo(200);
		assertThat(analyst.get("/api/audience/settings/platforms").status()).isEqualTo(200);
		assertThat(analyst.postJson("/api/audience/segments/preview",
				"{\"criteria\": {\"match\": \"all\", \"rules\": [{\"field\": \"total_spent\", \"operator\": \">=\", \"value\": 1}]}}")
			.status()).isLessThan(300);
		Api.Response create = analyst.postJson("/api/audience/segments",
				"{\"name\": \"Nope\", \"segment_type\": \"static\"}");
		assertThat(create.status()).isEqualTo(403);
		assertThat(create.isProblem()).isTrue();
		assertThat(create.body().path("detail").asString()).contains("role");
		assertThat(analyst.post("/api/audience/ingest/customers", "application/x-ndjson", "{\"id\": 1}").status())
			.isEqualTo(403);
		assertThat(tenant.api().get("/api/audience/segments").body()).isEmpty();
	}

	@Test
	void aMarketerKeyChangesButLeavesCredentialsWebhookSecretAndAuditToOwners() {
		TestTenant tenant = newTenant();
		Api marketer = keyWithRole(tenant, "marketer");

		assertThat(marketer.postJson("/api/audience/segments", "{\"name\": \"Yes\", \"segment_type\": \"static\"}")
			.status()).isEqualTo(201);
		assertThat(marketer.send("PUT", "/api/audience/settings/platforms/brevo", "{\"api_key\": \"k\"}").status())
			.isEqualTo(403);
		assertThat(marketer.delete("/api/audience/settings/platforms/brevo").status()).isEqualTo(403);
		assertThat(marketer.postJson("/api/audience/campaign-settings/webhook-secret", "{}").status()).isEqualTo(403);
		assertThat(marketer.get("/api/audience/audit").status()).isEqualTo(403);
		assertThat(marketer.get("/api/audience/tenants").status()).isEqualTo(403);
	}

	@Test
	void anUnknownRoleIsRefusedWithTheField() {
		TestTenant tenant = newTenant();

		Api.Response refused = operator().postJson("/api/audience/tenants/" + tenant.id() + "/keys",
				"{\"name\": \"x\", \"role\": \"admin\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("/role").contains("owner, marketer, analyst");
	}

	private Api keyWithRole(TestTenant tenant, String role) {
		Api.Response issued = operator().postJson("/api/audience/tenants/" + tenant.id() + "/keys",
				"{\"name\": \"" + role + "\", \"role\": \"" + role + "\"}");
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		assertThat(issued.body().path("role").asString()).isEqualTo(role);
		return tenant.api().as(issued.body().path("key").asString());
	}

}
