package com.fanbase.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogType;

import com.fanbase.tenants.Role;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role walks every admin page and tries the actions it may not use: analysts read,
 * marketers act, owners alone manage the team, single sign-on, the audit log, platform
 * credentials and the webhook secret. What the admin does is attributed to its user.
 */
@IntegrationTest
class RolesBrowserTests extends BrowserTestSupport {

	static final List<String> EVERYONES_PAGES = List.of("/admin", "/admin/profiles", "/admin/segments",
			"/admin/segments/new", "/admin/events", "/admin/exports", "/admin/exports/platforms", "/admin/campaigns",
			"/admin/campaigns/new", "/admin/campaigns/settings", "/admin/jobs", "/admin/account");

	static final List<String> OWNERS_PAGES = List.of("/admin/team", "/admin/audit", "/admin/settings/sso",
			"/admin/settings/owner-rules");

	@Test
	void eachRoleOpensItsPagesAndIsRefusedTheOthers() {
		TestTenant tenant = newTenant();
		for (Role role : Role.values()) {
			this.browser.manage().deleteAllCookies();
			signIn(tenant, role);
			for (String page : OWNERS_PAGES) {
				this.browser.get(url(page));
				assertThat(refused()).as(role + " on " + page).isEqualTo(role != Role.OWNER);
			}
			// The refusals' 403s are in the console: only what follows is checked.
			this.browser.manage().logs().get(LogType.BROWSER);
			for (String page : EVERYONES_PAGES) {
				this.browser.get(url(page));
				assertThat(refused()).as(role + " on " + page).isFalse();
			}
			List<String> navigation = this.browser.findElements(By.cssSelector("nav a"))
				.stream()
				.map((link) -> link.getText().strip())
				.toList();
			assertThat(navigation.contains("Team")).as(role + " sees Team").isEqualTo(role == Role.OWNER);
			assertNoConsoleErrors();
		}
	}

	@Test
	void anAnalystIsRefusedEveryChange() {
		TestTenant tenant = newTenant();
		signIn(tenant, Role.ANALYST);

		this.browser.get(url("/admin"));
		clickAndWaitForNextPage("form[action$='/admin/profiles/rebuild'] button");
		assertThat(refused()).isTrue();
		assertThat(find("main").getText()).contains("Your role (analyst) may not use this");
		screenshot("refused-analyst");

		this.browser.get(url("/admin/campaigns/settings"));
		clickAndWaitForNextPage("#save-settings");
		assertThat(refused()).isTrue();
		assertThat(tenant.api().get("/api/audience/jobs").body()).isEmpty();
	}

	@Test
	void aMarketerActsButLeavesCredentialsAndTheWebhookSecretToOwners() {
		TestTenant tenant = newTenant();
		TestUser marketer = signIn(tenant, Role.MARKETER);

		this.browser.get(url("/admin"));
		clickAndWaitForNextPage("form[action$='/admin/profiles/rebuild'] button");
		assertThat(refused()).isFalse();
		this.browser.get(url("/admin/exports/platforms"));
		find("form[action$='/admin/exports/platforms/brevo'] input[type=password]").sendKeys("brevo-key-123");
		clickAndWaitForNextPage("#save-brevo");
		assertThat(refused()).isTrue();
		assertThat(find("main").getText()).contains("owner_only_platform_credentials");
		this.browser.get(url("/admin/campaigns/settings"));
		clickAndWaitForNextPage("#issue-webhook-secret");
		assertThat(refused()).isTrue();
		assertThat(find("main").getText()).contains("owner_only_webhook_secret");
		// 409: Brevo is not configured; the marketer's form saved nothing.
		assertThat(tenant.api().get("/api/audience/settings/platforms/brevo").status()).isEqualTo(409);

		this.browser.manage().deleteAllCookies();
		signIn(tenant, Role.OWNER);
		this.browser.get(url("/admin/audit"));
		assertThat(find("#audit tbody").getText()).contains("POST /admin/profiles/rebuild")
			.contains("user " + marketer.id() + " (marketer)");
		assertThat(find("#audit tbody").getText()).doesNotContain(marketer.email());
		this.browser.get(url("/admin/exports/platforms"));
		find("form[action$='/admin/exports/platforms/brevo'] input[type=password]").sendKeys("brevo-key-123");
		clickAndWaitForNextPage("#save-brevo");
		assertThat(refused()).isFalse();
	}

	@Test
	void aTenantThatOpensCredentialsToMarketersLetsTheMarketerSaveThem() {
		TestTenant tenant = newTenant();
		assertThat(tenant.api()
			.send("PUT", "/api/audience/settings/owner-rules", "{\"owner_only_platform_credentials\": false}")
			.status()).isEqualTo(200);
		signIn(tenant, Role.MARKETER);

		this.browser.get(url("/admin/exports/platforms"));
		find("form[action$='/admin/exports/platforms/brevo'] input[type=password]").sendKeys("brevo-key-123");
		clickAndWaitForNextPage("#save-brevo");

		assertThat(refused()).isFalse();
		assertThat(tenant.api().get("/api/audience/settings/platforms/brevo").status()).isEqualTo(200);
		this.browser.get(url("/admin/campaigns/settings"));
		clickAndWaitForNextPage("#issue-webhook-secret");
		assertThat(refused()).as("the webhook secret stays the owners'").isTrue();
	}

	private boolean refused() {
		return find("main h1").getText().equals("Not for your role");
	}

}
