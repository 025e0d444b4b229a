package com.fanbase.tenants;

import org.junit.jupiter.api.Test;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TenantManagementTests extends ApiTestSupport {

	@Test
	void createsTenantUnderTheCoresId() {
		long id = 5_000_000 + System.nanoTime() % 1_000_000;

		Api.Response created = operator().postJson("/api/audience/tenants",
				"{\"id\": " + id + ", \"name\": \"Arena Nord\", \"currency\": \"EUR\", \"plan\": \"pro\"}");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().path("id").asLong()).isEqualTo(id);
		assertThat(created.body().path("plan").asString()).isEqualTo("pro");
		assertThat(created.body().path("limits").path("segments").asInt()).isEqualTo(50);
		Api.Response read = operator().get("/api/audience/tenants/" + id);
		assertThat(read.body().path("name").asString()).isEqualTo("Arena Nord");
		assertThat(operator().get("/api/audience/tenants").body().findValuesAsString("name")).contains("Arena Nord");
	}

	@Test
	void refusesDuplicateTenantId() {
		TestTenant tenant = newTenant();

		Api.Response again = operator().postJson("/api/audience/tenants",
				"{\"id\": " + tenant.id() + ", \"name\": \"Again\", \"currency\": \"EUR\"}");

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.type()).endsWith("/tenant-exists");
	}

	@Test
	void reportsEveryInvalidFieldByPointer() {
		Api.Response response = operator().postJson("/api/audience/tenants",
				"{\"id\": 5, \"name\": \" \", \"currency\": \"EURO\", \"plan\": \"gold\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().path("errors").findValuesAsString("pointer")).containsExactly("/name", "/currency",
				"/plan");
		// an id that is no positive 64-bit integer is refused while the body is read, by
		// the API's one input rule, before the other fields are looked at
		Api.Response badId = operator().postJson("/api/audience/tenants",
				"{\"id\": -1, \"name\": \" \", \"currency\": \"EURO\", \"plan\": \"gold\"}");
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.body().path("errors").findValuesAsString("pointer")).containsExactly("/id");
	}

	@Test
	void malformedJsonIsBadRequest() {
		Api.Response response = operator().postJson("/api/audience/tenants", "{\"name\": ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void wrongJsonTypeNamesTheField() {
		Api.Response response = operator().postJson("/api/audience/tenants",
				"{\"id\": \"abc\", \"name\": \"X\", \"currency\": \"EUR\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("pointer").asString()).isEqualTo("/id");
	}

	@Test
	void unknownTenantIsNotFound() {
		assertThat(operator().get("/api/audience/tenants/999999999").status()).isEqualTo(404);
	}

	@Test
	void issuedKeyIsShownOnceAndListedWithoutSecret() {
		TestTenant tenant = newTenant();

		Api.Response keys = operator().get("/api/audience/tenants/" + tenant.id() + "/keys");

		assertThat(keys.status()).isEqualTo(200);
		assertThat(keys.body().size()).isEqualTo(1);
		assertThat(keys.body().get(0).has("key")).isFalse();
		assertThat(tenant.key()).startsWith(keys.body().get(0).path("prefix").asString());
	}

}
