package com.fanbase.tenants;

import org.junit.jupiter.api.Test;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthenticationTests extends ApiTestSupport {

	private static final String CUSTOMER = "{\"id\": 7, \"email\": \"fan@example.com\"}";

	@Test
	void refusesRequestsWithoutKey() {
		Api.Response response = anonymous().get("/api/audience/customers?tenant_id=1");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.type()).endsWith("/unauthenticated");
	}

	@Test
	void refusesUnknownKey() {
		Api.Response response = anonymous().as("fbk_not-a-real-key").get("/api/audience/customers");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.type()).endsWith("/invalid-api-key");
	}

	@Test
	void refusesMalformedAuthorizationHeader() {
		Api.Response response = anonymous().as("").get("/api/audience/customers");
		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void refusesRevokedKey() {
		TestTenant tenant = newTenant();
		assertThat(tenant.api().get("/api/audience/customers").status()).isEqualTo(200);

		Api.Response revoked = operator().delete("/api/audience/tenants/" + tenant.id() + "/keys/" + tenant.keyId());

		assertThat(revoked.status()).isEqualTo(204);
		assertThat(tenant.api().get("/api/audience/customers").status()).isEqualTo(401);
		assertThat(operator().delete("/api/audience/tenants/" + tenant.id() + "/keys/" + tenant.keyId()).status())
			.isEqualTo(404);
	}

	@Test
	void tenantKeyActsForItsOwnTenantWithoutNamingIt() {
		TestTenant tenant = newTenant();
		tenant.api().postJson("/api/audience/ingest/customers", CUSTOMER);

		Api.Response implicit = tenant.api().get("/api/audience/customers/7");
		Api.Response explicit = tenant.api().get("/api/audience/customers/7?tenant_id=" + tenant.id());

		assertThat(implicit.status()).isEqualTo(200);
		assertThat(explicit.body().path("email").asString()).isEqualTo("fan@example.com");
	}

	@Test
	void tenantKeyNamingAnotherTenantIsForbidden() {
		TestTenant mine = newTenant();
		TestTenant theirs = newTenant();

		Api.Response read = mine.api().get("/api/audience/customers?tenant_id=" + theirs.id());
		Api.Response write = mine.api().postJson("/api/audience/ingest/customers?tenant_id=" + theirs.id(), CUSTOMER);

		assertThat(read.status()).isEqualTo(403);
		assertThat(read.type()).endsWith("/tenant-mismatch");
		assertThat(write.status()).isEqualTo(403);
	}

	@Test
	void anotherTenantsRecordIsNotFoundByIdAndAbsentFromLists() {
		TestTenant mine = newTenant();
		TestTenant theirs = newTenant();
		theirs.api().postJson("/api/audience/ingest/customers", CUSTOMER);

		Api.Response byId = mine.api().get("/api/audience/customers/7");
		Api.Response missing = mine.api().get("/api/audience/customers/8");
		Api.Response list = mine.api().get("/api/audience/customers");

		assertThat(byId.status()).isEqualTo(404);
		assertThat(byId.body().path("detail"))
			.isEqualTo(missing.body().path("detail").isMissingNode() ? null : byId.body().path("detail"));
		assertThat(byId.body().path("type").asString()).isEqualTo(missing.body().path("type").asString());
		assertThat(list.body().path("items").size()).isZero();
		assertThat(theirs.api().get("/api/audience/customers").body().path("items").size()).isEqualTo(1);
	}

	@Test
	void operatorMustNameTheTenant() {
		Api.Response response = operator().get("/api/audience/customers");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.type()).endsWith("/tenant-required");
	}

	@Test
	void operatorActsForTheNamedTenant() {
		TestTenant tenant = newTenant();
		tenant.api().postJson("/api/audience/ingest/customers", CUSTOMER);

		Api.Response response = operator().get("/api/audience/customers/7?tenant_id=" + tenant.id());

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void operatorNamingUnknownTenantGetsNotFound() {
		Api.Response response = operator().get("/api/audience/customers?tenant_id=987654321");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.type()).endsWith("/tenant-not-found");
	}

	@Test
	void malformedTenantIdIsBadRequest() {
		assertThat(operator().get("/api/audience/customers?tenant_id=abc").status()).isEqualTo(400);
		assertThat(operator().get("/api/audience/customers?tenant_id=-3").status()).isEqualTo(400);
	}

	@Test
	void tenantKeyCannotManageTenants() {
		TestTenant tenant = newTenant();

		assertThat(tenant.api().get("/api/audience/tenants").status()).isEqualTo(403);
		assertThat(tenant.api().postJson("/api/audience/tenants/" + tenant.id() + "/keys", "{}").status())
			.isEqualTo(403);
	}

	@Test
	void healthAndApiDocsArePublic() {
		assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
		assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(200);
		assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(200);
	}

}
