package com.fanbase.accounts;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;
import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners manage their team through {@code /api/audience/users}: list, invite, change a
 * role, disable, end sessions; the operator does it naming the tenant; nobody reaches
 * another tenant's users.
 */
@IntegrationTest
class UserApiTests extends ApiTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountLinks links;

	@Test
	void anOwnerListsInvitesChangesDisablesAndSignsOutAUser() {
		TestTenant tenant = newTenant();
		Account ana = this.accounts.create(TenantId.of(tenant.id()), "ana+" + tenant.id() + "@example.com",
				Role.ANALYST, "correct horse battery staple");

		JsonNode list = tenant.api().get("/api/audience/users").body();
		assertThat(list).hasSize(1);
		assertThat(list.get(0).path("role").asString()).isEqualTo("analyst");
		assertThat(list.get(0).path("status").asString()).isEqualTo("active");

		Api.Response invited = tenant.api()
			.postJson("/api/audience/users", "{\"email\": \"ben@example.com\", \"role\": \"owner\"}");
		assertThat(invited.status()).as(invited.text()).isEqualTo(201);
		String url = invited.body().path("url").asString();
		assertThat(url).contains("/admin/invitations/");
		AccountLink link = this.links.find(url.substring(url.lastIndexOf('/') + 1)).orElseThrow();
		assertThat(link.role()).isEqualTo(Role.OWNER);
		assertThat(link.tenant().value()).isEqualTo(tenant.id());
		assertThat(tenant.api().postJson("/api/audience/users", "{\"email\": \"" + ana.email() + "\"}").status())
			.isEqualTo(409);

		Api.Response changed = tenant.api()
			.send("PATCH", "/api/audience/users/" + ana.id(), "{\"role\": \"marketer\", \"disabled\": true}");
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(changed.body().path("role").asString()).isEqualTo("marketer");
		assertThat(changed.body().path("status").asString()).isEqualTo("disabled");
		Account stored = this.accounts.require(TenantId.of(tenant.id()), ana.id());
		assertThat(stored.role()).isEqualTo(Role.MARKETER);
		assertThat(stored.active()).isFalse();

		Instant before = stored.sessionsValidFrom();
		assertThat(tenant.api().delete("/api/audience/users/" + ana.id() + "/sessions").status()).isEqualTo(204);
		assertThat(this.accounts.require(TenantId.of(tenant.id()), ana.id()).sessionsValidFrom())
			.isAfterOrEqualTo(before);
		assertThat(tenant.api().send("PATCH", "/api/audience/users/" + ana.id(), "{\"role\": \"boss\"}").text())
			.contains("/role");
	}

	@Test
	void anotherTenantsUsersAreNotFoundAndTheOperatorNamesTheTenant() {
		TestTenant tenant = newTenant();
		TestTenant other = newTenant();
		Account ana = this.accounts.create(TenantId.of(tenant.id()), "ana+" + tenant.id() + "@example.com",
				Role.MARKETER, null);

		assertThat(other.api().get("/api/audience/users").body()).isEmpty();
		assertThat(other.api().get("/api/audience/users/" + ana.id()).status()).isEqualTo(404);
		assertThat(other.api().send("PATCH", "/api/audience/users/" + ana.id(), "{\"disabled\": true}").status())
			.isEqualTo(404);
		assertThat(other.api().delete("/api/audience/users/" + ana.id() + "/sessions").status()).isEqualTo(404);
		assertThat(other.api().get("/api/audience/users?tenant_id=" + tenant.id()).status()).isEqualTo(403);
		assertThat(this.accounts.require(TenantId.of(tenant.id()), ana.id()).active()).isTrue();

		assertThat(operator().get("/api/audience/users").status()).isEqualTo(400);
		JsonNode byOperator = operator().get("/api/audience/users?tenant_id=" + tenant.id()).body();
		assertThat(byOperator).hasSize(1);
		assertThat(byOperator.get(0).path("id").asLong()).isEqualTo(ana.id());
	}

	@Test
	void onlyOwnersManageUsers() {
		TestTenant tenant = newTenant();
		Api.Response issued = operator().postJson("/api/audience/tenants/" + tenant.id() + "/keys",
				"{\"name\": \"m\", \"role\": \"marketer\"}");
		Api marketer = tenant.api().as(issued.body().path("key").asString());

		Api.Response refused = marketer.get("/api/audience/users");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(marketer.postJson("/api/audience/users", "{\"email\": \"x@example.com\"}").status()).isEqualTo(403);
		assertThat(tenant.api().get("/api/audience/users").body()).isEmpty();
	}

}
