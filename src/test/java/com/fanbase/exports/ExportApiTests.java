package com.fanbase.exports;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.exports.fakes.FakeServer;
import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export and platform-settings API: credentials sealed and masked, bad input, the
 * monthly quota, tenant isolation, deletion, Google's Ads API mode.
 */
@IntegrationTest
class ExportApiTests extends ExportTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void credentialsAreSealedAtRestAndShownMasked() {
		TestTenant tenant = newTenant();
		String token = token("meta") + "-secretpart";
		configure(tenant.api(), "meta", PlatformDriver.meta().credentials().apply(token));
		JsonNode shown = tenant.api().get("/api/audience/settings/platforms/meta").body();
		assertThat(shown.path("fields").path("access_token").asString())
			.isEqualTo("****" + token.substring(token.length() - 4));
		assertThat(shown.path("fields").path("ad_account_id").asString()).isEqualTo("act_1234");
		assertThat(shown.path("status").asString()).isEqualTo("unverified");
		assertThat(tenant.api().get("/api/audience/settings/platforms").text()).doesNotContain(token)
			.doesNotContain("s3cr3t-app-secret");
		byte[] sealed = this.jdbc
			.sql("select sealed from platform_credentials where tenant_id = :tenant and platform = 'meta'")
			.param("tenant", tenant.id())
			.query(byte[].class)
			.single();
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("secretpart")
			.doesNotContain("act_1234");
	}

	@Test
	void rejectsUnknownMissingAndMalformedCredentialFields() {
		Api api = newTenant().api();
		Api.Response response = api.send("PUT", "/api/audience/settings/platforms/tiktok",
				"{\"advertiser_id\": \"1\", \"token\": \"x\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.text()).contains("/token").contains("/access_token");
		assertThat(api.send("PUT", "/api/audience/settings/platforms/myspace", "{}").status()).isEqualTo(400);
		Api.Response ads = api.send("PUT", "/api/audience/settings/platforms/google",
				"{\"customer_id\": \"1\", \"client_id\": \"c\", \"client_secret\": \"s\", \"refresh_token\": \"r\", \"mode\": \"google_ads\"}");
		assertThat(ads.status()).isEqualTo(400);
		assertThat(ads.text()).contains("/developer_token");
	}

	@Test
	void refusesExportsWithBadInputOrNoCredentials() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 2);
		long segment = staticSegment(api, "s", List.of(1L, 2L));
		Api.Response unconfigured = api.postJson("/api/audience/exports/meta",
				"{\"segment_id\": " + segment + ", \"audience_name\": \"A\"}");
		assertThat(unconfigured.status()).isEqualTo(409);
		assertThat(unconfigured.type()).endsWith("/platform-not-configured");
		configure(api, "meta", PlatformDriver.meta().credentials().apply(token("meta")));
		Api.Response missing = api.postJson("/api/audience/exports/meta", "{}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.text()).contains("/segment_id").contains("/audience_name");
		Api.Response brevo = api.postJson("/api/audience/exports/brevo", "{\"segment_id\": " + segment + "}");
		assertThat(brevo.status()).isEqualTo(400);
		assertThat(brevo.text()).contains("/list_name");
		Api.Response unknownSegment = api.postJson("/api/audience/exports/meta",
				"{\"segment_id\": 999999, \"audience_name\": \"A\"}");
		assertThat(unknownSegment.status()).isEqualTo(404);
		assertThat(api.postJson("/api/audience/exports/friendster", "{\"segment_id\": 1}").status()).isEqualTo(400);
		assertThat(api.get("/api/audience/exports/424242").status()).isEqualTo(404);
	}

	@Test
	void theMonthlyQuotaCountsNewDefinitionsOnly() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		seed(api, tenant.id(), 1, 2);
		String key = token("brevo");
		configure(api, "brevo", PlatformDriver.brevo().credentials().apply(key));
		long first = 0;
		for (int i = 1; i <= 5; i++) {
			long segment = staticSegment(api, "s" + i, List.of(1L, 2L));
			long export = export(api, "brevo", segment, "List " + i);
			first = (first == 0) ? export : first;
			settled(api, export);
		}
		long sixth = staticSegment(api, "s6", List.of(1L));
		Api.Response over = api.postJson("/api/audience/exports/brevo",
				"{\"segment_id\": " + sixth + ", \"list_name\": \"Too many\"}");
		assertThat(over.status()).isEqualTo(403);
		assertThat(over.type()).endsWith("/plan-limit-reached");
		assertThat(over.body().path("limit").asInt()).isEqualTo(5);
		long firstSegment = api.get("/api/audience/exports/" + first).body().path("segment_id").asLong();
		assertThat(export(api, "brevo", firstSegment, "again")).isEqualTo(first);
		assertThat(FakeServer.get().brevo.campaigns.folderCreations).as("five lists, one Fanbase folder")
			.containsOnlyOnce(key);
	}

	@Test
	void tenantsSeeOnlyTheirOwnExportsAndCredentials() {
		TestTenant owner = newTenant();
		TestTenant other = newTenant();
		String token = token("tiktok");
		configure(owner.api(), "tiktok", PlatformDriver.tiktok().credentials().apply(token));
		seed(owner.api(), owner.id(), 1, 3);
		long segment = staticSegment(owner.api(), "s", List.of(1L, 2L, 3L));
		long export = export(owner.api(), "tiktok", segment, "Mine");
		settled(owner.api(), export);
		assertThat(other.api().get("/api/audience/exports/" + export).status()).isEqualTo(404);
		assertThat(other.api().get("/api/audience/exports/" + export + "/requests").status()).isEqualTo(404);
		assertThat(other.api().delete("/api/audience/exports/" + export).status()).isEqualTo(404);
		assertThat(other.api().get("/api/audience/exports").body().size()).isZero();
		assertThat(other.api().get("/api/audience/settings/platforms/tiktok").status()).isEqualTo(409);
		assertThat(other.api().get("/api/audience/exports?tenant_id=" + owner.id()).status()).isEqualTo(403);
		Api.Response stolen = other.api()
			.postJson("/api/audience/exports/tiktok",
					"{\"segment_id\": " + segment + ", \"audience_name\": \"Theirs\"}");
		assertThat(stolen.status()).isEqualTo(409);
	}

	@Test
	void deletingAnExportDeletesItsPlatformAudience() {
		TestTenant tenant = newTenant();
		configure(tenant.api(), "meta", PlatformDriver.meta().credentials().apply(token("meta")));
		seed(tenant.api(), tenant.id(), 1, 4);
		long segment = staticSegment(tenant.api(), "s", List.of(1L, 2L, 3L, 4L));
		long export = export(tenant.api(), "meta", segment, "Gone soon");
		String audience = settled(tenant.api(), export).path("external_audience_id").asString();
		assertThat(this.fake.meta.exists(audience)).isTrue();
		assertThat(tenant.api().delete("/api/audience/exports/" + export).status()).isEqualTo(204);
		assertThat(this.fake.meta.exists(audience)).isFalse();
		assertThat(tenant.api().get("/api/audience/exports/" + export).status()).isEqualTo(404);
	}

	@Test
	void googleAdsModeUsesAnOfflineUserDataJobPerSession() {
		TestTenant tenant = newTenant();
		String token = token("google");
		configure(tenant.api(), "google",
				"{\"customer_id\": \"1234567890\", \"client_id\": \"c\", \"client_secret\": \"client-secret\", \"refresh_token\": \""
						+ token
						+ "\", \"developer_token\": \"dev-token-123\", \"login_customer_id\": \"111-222-3333\", \"mode\": \"google_ads\"}");
		seed(tenant.api(), tenant.id(), 1, 10);
		long segment = staticSegment(tenant.api(), "s", List.of(1L, 2L, 3L, 4L, 6L, 7L));
		long export = export(tenant.api(), "google", segment, "Ads mode");
		JsonNode done = settled(tenant.api(), export);
		assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("completed");
		assertThat(this.fake.google.members(done.path("external_audience_id").asString())).hasSize(6);
		assertThat(done.path("figures").path("size_for_display").asInt()).isEqualTo(6);
		List<String> paths = this.fake.requests(token).stream().map((request) -> request.request().path()).toList();
		assertThat(paths).anyMatch((path) -> path.endsWith("offlineUserDataJobs:create"))
			.anyMatch((path) -> path.endsWith(":addOperations"))
			.anyMatch((path) -> path.endsWith(":run"));
		assertThat(this.fake.requests(token)).allSatisfy((request) -> {
			if (request.request().path().startsWith("/v22")) {
				assertThat(request.request().header("login-customer-id")).isEqualTo("1112223333");
			}
		});
		assertThat(this.fake.violations(token)).isEmpty();
	}

	@Test
	void listsThePlatformsWithRetentionAndLimits() {
		JsonNode platforms = newTenant().api().get("/api/audience/exports/platforms").body();
		assertThat(platforms.size()).isEqualTo(4);
		assertThat(platforms.path(0).path("platform").asString()).isEqualTo("meta");
		assertThat(platforms.path(0).path("retention_days").asInt()).isEqualTo(180);
		assertThat(platforms.path(0).path("configured").asBoolean()).isFalse();
		assertThat(platforms.path(1).path("retention_days").asInt()).isEqualTo(540);
		assertThat(platforms.path(2).path("minimum_audience").asInt()).isEqualTo(1000);
		assertThat(platforms.path(3).path("consent").asString()).isEqualTo("email_consent");
	}

}
