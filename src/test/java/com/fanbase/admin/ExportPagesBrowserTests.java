package com.fanbase.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fanbase.exports.fakes.FakeServer;
import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports pages against the local fake platforms (the shared test context points
 * every platform there): credentials, a new export, its figures as they settle, syncs,
 * deletion, refused credentials and another tenant's export.
 */
@IntegrationTest
class ExportPagesBrowserTests extends BrowserTestSupport {

	private final FakeServer fake = FakeServer.get();

	@Test
	void brevoCredentialsAnExportItsSyncAndItsDeletion() {
		TestTenant tenant = newTenant();
		long segment = segmentOfFive(tenant.api(), "Newsletter fans");
		String key = "xkeysib-admin-" + System.nanoTime();
		signIn(tenant);
		this.browser.get(url("/admin/exports"));
		find("#platforms-link").click();

		find("#brevo-api_key").sendKeys(key);
		find("#save-brevo").click();
		assertThat(find("[data-test=notice]").getText()).contains("Saved the Brevo credentials");
		assertThat(find("#platform-brevo .credential-status").getText()).isEqualTo("unverified");
		WebElement saved = find("#brevo-api_key");
		assertThat(saved.getAttribute("value")).isEmpty();
		assertThat(saved.getAttribute("placeholder")).isEqualTo("saved: ****" + key.substring(key.length() - 4));
		assertThat(this.browser.getPageSource()).doesNotContain(key);
		assertThat(find("#platform-meta .credential-status").getText()).isEqualTo("not configured");
		assertThat(find("#platform-meta").getText()).contains("180 days without an update", "1,000 members");

		this.browser.get(url("/admin/exports"));
		new Select(find("#export-segment")).selectByValue(String.valueOf(segment));
		new Select(find("#export-platform")).selectByValue("brevo");
		find("#export-name").sendKeys("Newsletter list");
		find("#create-export").click();

		// The page polls while the export is queued or running.
		awaitText("#export-state", "completed");
		assertThat(find("#figure-considered").getText()).isEqualTo("5");
		assertThat(find("#figure-eligible").getText()).isEqualTo("3");
		assertThat(find("#figure-sent").getText()).isEqualTo("3");
		assertThat(find("#figure-synced").getText()).isEqualTo("3");
		String list = find("#export-external-id").getText();
		assertThat(this.fake.brevo.members(list)).hasSize(3);
		assertThat(find("#request-summary").getText()).doesNotStartWith("0 ");
		assertThat(this.browser.findElements(By.cssSelector("[data-test=requests-table] tbody tr"))).isNotEmpty();
		assertThat(find("[data-test=members-as-of]").getText()).matches("\\d+ s ago");
		screenshot("export");

		// Customer 5 leaves the segment: Sync now sends only that.
		tenant.api().postJson("/api/audience/segments/" + segment + "/members/remove", "{\"customer_ids\": [5]}");
		find("#sync-now").click();
		awaitText("#export-syncs", "2");
		awaitText("#export-state", "completed");
		assertThat(find("#figure-removed").getText()).isEqualTo("1");
		assertThat(find("#figure-sent").getText()).isEqualTo("0");
		assertThat(find("#figure-synced").getText()).isEqualTo("2");
		assertThat(this.fake.brevo.members(list)).hasSize(2);

		find("#full-resync").click();
		awaitText("#export-syncs", "3");
		awaitText("#export-state", "completed");
		assertThat(find("#figure-sent").getText()).isEqualTo("2");

		this.browser.get(url("/admin/exports"));
		WebElement row = find("[data-test=exports-table] tbody tr");
		assertThat(row.getText()).contains("brevo", "Newsletter fans", "Newsletter list", "completed");
		assertThat(row.findElement(By.cssSelector(".pill.completed")).isDisplayed()).isTrue();
		this.browser.get(url("/admin/exports/platforms"));
		assertThat(find("#platform-brevo .credential-status").getText()).isEqualTo("valid");
		screenshot("export-platforms");
		assertNoConsoleErrors();

		this.browser.findElement(By.linkText("Exports")).click();
		find(".export-link").click();
		find("#delete-export").click();
		await(ExpectedConditions.alertIsPresent()).accept();
		assertThat(find("[data-test=notice]").getText()).contains("Deleted the export \"Newsletter list\"");
		assertThat(this.fake.brevo.exists(list)).isFalse();
		assertThat(this.browser.findElements(By.cssSelector("[data-test=exports-table]"))).isEmpty();
	}

	@Test
	void anUnconfiguredPlatformIsSaidAndARefusedCredentialShowsAsInvalid() {
		TestTenant tenant = newTenant();
		long segment = segmentOfFive(tenant.api(), "Fans");
		signIn(tenant);
		this.browser.get(url("/admin/exports"));
		createExport(segment, "brevo", "Fans list");
		assertThat(find("[data-test=error]").getText())
			.isEqualTo("Brevo is not configured: set its credentials on the Platforms page first.");

		this.browser.get(url("/admin/exports/platforms"));
		find("#save-meta").click();
		assertThat(find("[data-test=error]").getText()).contains("Meta: ", "Access token", "Ad account ID",
				"are required");

		String token = "EAAB-meta-token-" + System.nanoTime();
		find("#meta-access_token").sendKeys(token);
		find("#meta-ad_account_id").sendKeys("act_123456");
		find("#save-meta").click();
		assertThat(find("[data-test=notice]").getText()).contains("Saved the Meta credentials");
		assertThat(find("#meta-ad_account_id").getAttribute("value")).isEqualTo("act_123456");
		assertThat(find("#meta-access_token").getAttribute("value")).isEmpty();
		assertThat(this.browser.getPageSource()).doesNotContain(token);
		// A secret left empty keeps the saved one.
		find("#meta-ad_account_id").clear();
		find("#meta-ad_account_id").sendKeys("act_654321");
		clickAndWaitForNextPage("#save-meta");
		assertThat(find("[data-test=notice]").getText()).contains("Saved the Meta credentials");
		assertThat(find("#meta-access_token").getAttribute("placeholder"))
			.isEqualTo("saved: ****" + token.substring(token.length() - 4));
		assertThat(find("#meta-ad_account_id").getAttribute("value")).isEqualTo("act_654321");
		assertThat(new Select(find("#google-mode")).getFirstSelectedOption().getText())
			.isEqualTo("Data Manager API (default)");

		find("#brevo-api_key").sendKeys("bad-key-" + System.nanoTime());
		clickAndWaitForNextPage("#save-brevo");
		this.browser.get(url("/admin/exports"));
		createExport(segment, "brevo", "Fans list");
		awaitText("#export-state", "failed");
		assertThat(find("[data-test=credentials-invalid]").getText()).contains("The Brevo credentials are invalid");
		assertThat(find("[data-test=export-error]").getText()).isNotBlank();

		this.browser.get(url("/admin/exports/platforms"));
		assertThat(find("#platform-brevo .credential-status").getText()).isEqualTo("invalid");
		assertThat(find("#platform-brevo [data-test=credentials-invalid]").getText())
			.contains("The platform refused these credentials");

		find("#remove-brevo").click();
		await(ExpectedConditions.alertIsPresent()).accept();
		assertThat(find("[data-test=notice]").getText()).isEqualTo("Removed the Brevo credentials.");
		assertThat(find("#platform-brevo .credential-status").getText()).isEqualTo("not configured");
		assertNoConsoleErrors();
	}

	@Test
	void anotherTenantsExportIsNotFound() {
		TestTenant owner = newTenant();
		long segment = segmentOfFive(owner.api(), "Theirs");
		Api.Response put = owner.api()
			.send("PUT", "/api/audience/settings/platforms/brevo",
					"{\"api_key\": \"owner-key-" + System.nanoTime() + "\"}");
		assertThat(put.status()).as(put.text()).isEqualTo(200);
		Api.Response created = owner.api()
			.postJson("/api/audience/exports/brevo", "{\"segment_id\": " + segment + ", \"list_name\": \"Theirs\"}");
		assertThat(created.status()).as(created.text()).isEqualTo(202);
		long export = created.body().path("export_id").asLong();

		signIn(newTenant());
		for (String path : List.of("/admin/exports/" + export, "/admin/exports/" + export + "/status")) {
			this.browser.get(url(path));
			assertThat(find("main h1").getText()).isEqualTo("Not Found");
			assertThat(find("main").getText()).contains("There is no export " + export + ".").doesNotContain("Theirs");
		}
		this.browser.get(url("/admin/exports"));
		assertThat(this.browser.findElements(By.cssSelector("[data-test=exports-table]"))).isEmpty();
	}

	@Test
	void anExportOverTheMonthlyQuotaIsRefusedOnThePage() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		Api.Response put = api.send("PUT", "/api/audience/settings/platforms/brevo",
				"{\"api_key\": \"quota-key-" + System.nanoTime() + "\"}");
		assertThat(put.status()).as(put.text()).isEqualTo(200);
		for (int i = 1; i <= 5; i++) {
			Api.Response created = api.postJson("/api/audience/exports/brevo",
					"{\"segment_id\": " + segmentOfFive(api, "Segment " + i) + ", \"list_name\": \"List " + i + "\"}");
			assertThat(created.status()).as(created.text()).isEqualTo(202);
		}
		long sixth = segmentOfFive(api, "Segment 6");
		signIn(tenant);
		this.browser.get(url("/admin/exports"));
		createExport(sixth, "brevo", "List 6");

		assertThat(find("[data-test=error]").getText()).contains("plan allows 5 new exports a month");
		assertThat(this.browser.findElements(By.cssSelector("[data-test=exports-table] tbody tr"))).hasSize(5);
		screenshot("exports");
	}

	private void createExport(long segment, String platform, String name) {
		new Select(find("#export-segment")).selectByValue(String.valueOf(segment));
		new Select(find("#export-platform")).selectByValue(platform);
		find("#export-name").sendKeys(name);
		clickAndWaitForNextPage("#create-export");
	}

}
