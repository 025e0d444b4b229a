package com.fanbase.admin;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import com.fanbase.tenants.Role;
import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An owner reads and changes the tenant's owner rules on their page (marketers and
 * analysts are refused it); a marketer's launch or schedule above the recipients
 * threshold is refused in the admin naming the rule, an owner's goes.
 */
@IntegrationTest
class OwnerRulesBrowserTests extends CampaignBrowserTestSupport {

	private static final String PAGE = "/admin/settings/owner-rules";

	@Test
	void anOwnerChangesTheOwnerRulesAndOtherRolesAreRefusedThePage() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		signIn(tenant, Role.OWNER);
		this.browser.get(url("/admin/team"));
		clickAndWaitForNextPage("#owner-rules-settings");
		assertThat(find("main h1").getText()).isEqualTo("Owner rules");
		assertThat(find("#owner_only_platform_credentials").isSelected()).isTrue();
		assertThat(find("#owner_only_webhook_secret").isSelected()).isTrue();
		assertThat(find("#owner_approval_above_recipients").getAttribute("value")).isEmpty();

		find("#owner_only_platform_credentials").click();
		find("#owner_approval_above_recipients").sendKeys("ten");
		clickAndWaitForNextPage("#save-owner-rules");
		assertThat(find("[data-test=error-owner_approval_above_recipients]").getText()).contains("whole number");
		assertThat(find("#owner_approval_above_recipients").getAttribute("value")).isEqualTo("ten");
		assertThat(find("#owner_only_platform_credentials").isSelected()).as("what was ticked is kept").isFalse();
		JsonNode unchanged = api.get("/api/audience/settings/owner-rules").body();
		assertThat(unchanged.path("owner_only_platform_credentials").asBoolean()).isTrue();

		find("#owner_approval_above_recipients").clear();
		find("#owner_approval_above_recipients").sendKeys("3");
		clickAndWaitForNextPage("#save-owner-rules");
		assertThat(find("[data-test=notice]").getText()).isEqualTo("Owner rules saved.");
		assertThat(find("#owner_only_platform_credentials").isSelected()).isFalse();
		assertThat(find("#owner_only_webhook_secret").isSelected()).isTrue();
		assertThat(find("#owner_approval_above_recipients").getAttribute("value")).isEqualTo("3");
		JsonNode saved = api.get("/api/audience/settings/owner-rules").body();
		assertThat(saved.path("owner_only_platform_credentials").asBoolean()).isFalse();
		assertThat(saved.path("owner_only_webhook_secret").asBoolean()).isTrue();
		assertThat(saved.path("owner_approval_above_recipients").asLong()).isEqualTo(3);
		assertNoConsoleErrors();
		this.browser.get(url("/admin/audit"));
		assertThat(find("#audit tbody").getText()).contains("POST " + PAGE);

		for (Role role : new Role[] { Role.MARKETER, Role.ANALYST }) {
			this.browser.manage().deleteAllCookies();
			signIn(tenant, role);
			this.browser.get(url(PAGE));
			assertThat(find("main h1").getText()).as(role + " on " + PAGE).isEqualTo("Not for your role");
		}
	}

	@Test
	void aMarketersLaunchAboveTheThresholdIsRefusedNamingTheRuleAndAnOwnersGoes() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		configureBrevo(api);
		long campaign = createEmail(api, segmentOfFive(api, "Everyone"), "Big launch");
		Api.Response set = api.send("PUT", "/api/audience/settings/owner-rules",
				"{\"owner_approval_above_recipients\": 3}");
		assertThat(set.status()).as(set.text()).isEqualTo(200);
		signIn(tenant, Role.MARKETER);
		this.browser.get(url("/admin/campaigns/" + campaign));

		launch();
		assertThat(find("[data-test=error]").getText()).contains("owner_approval_above_recipients", "5 members");
		assertThat(find("#campaign-state").getText()).isEqualTo("draft");
		screenshot("launch-needs-owner");

		// Scheduling it is no way round the rule.
		find("#edit-campaign").click();
		String when = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.MINUTES).toString();
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]",
				find("#campaign-schedule"), when);
		clickAndWaitForNextPage("#save-campaign");
		assertThat(find("[data-test=general-error]").getText()).contains("owner_approval_above_recipients",
				"an owner must schedule it");
		assertThat(api.get("/api/audience/campaigns/" + campaign).body().path("status").asString()).isEqualTo("draft");

		this.browser.manage().deleteAllCookies();
		TestUser owner = signIn(tenant, Role.OWNER);
		this.browser.get(url("/admin/campaigns/" + campaign));
		launch();
		assertThat(find("[data-test=notice]").getText()).startsWith("Launched: the campaign is ");
		awaitText("#campaign-state", "sent");
		this.browser.get(url("/admin/audit"));
		assertThat(this.browser.findElements(By.cssSelector("#audit tbody tr")).stream().map(WebElement::getText))
			.anyMatch((row) -> row.contains("/launch") && row.contains("user " + owner.id() + " (owner)"));
	}

}
