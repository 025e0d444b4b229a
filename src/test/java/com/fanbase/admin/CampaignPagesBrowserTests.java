package com.fanbase.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign pages: a campaign created (after a refused first try), listed, edited,
 * scheduled and cancelled; a multi-channel form; launches refused with their reason; the
 * settings; the dashboard's card; another tenant's campaign. A real launch is in
 * {@link CampaignLaunchBrowserTests}.
 */
@IntegrationTest
class CampaignPagesBrowserTests extends CampaignBrowserTestSupport {

	@Test
	void anEmailCampaignIsCreatedListedEditedScheduledAndCancelled() {
		TestTenant tenant = newTenant();
		long segment = segmentOfFive(tenant.api(), "Newsletter fans");
		signIn(tenant);
		this.browser.get(url("/admin/campaigns"));
		assertThat(find("main .empty").getText()).contains("No campaigns yet");
		find("#new-campaign").click();

		find("#campaign-name").sendKeys("Autumn news");
		assertThat(new Select(find("#campaign-type")).getFirstSelectedOption().getText()).isEqualTo("email");
		new Select(find("#campaign-segment")).selectByValue(String.valueOf(segment));
		fillEmail("not-an-email");
		clickAndWaitForNextPage("#save-campaign");

		assertThat(find("[data-test=error-sender_email]").getText()).isEqualTo("must be an email address");
		assertThat(find("#campaign-sender-email").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(find("#campaign-name").getAttribute("value")).isEqualTo("Autumn news");
		assertThat(find("#campaign-subject").getAttribute("value")).isEqualTo("Your next gig");
		assertThat(find("#campaign-html").getAttribute("value")).isEqualTo("<p>Hello</p>");
		assertThat(new Select(find("#campaign-segment")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(String.valueOf(segment));
		assertThat(this.browser.findElements(By.cssSelector("[data-test=error-name]"))).isEmpty();
		screenshot("campaign-form");
		find("#campaign-sender-email").clear();
		find("#campaign-sender-email").sendKeys("news@tickets.example");
		clickAndWaitForNextPage("#save-campaign");

		assertThat(find("[data-test=notice]").getText()).isEqualTo("Created the campaign \"Autumn news\" (draft).");
		assertThat(find("#campaign-state").getText()).isEqualTo("draft");
		assertThat(find("#email-sender").getText()).isEqualTo("Fanbase Tickets (news@tickets.example)");
		assertThat(find("[data-test=no-results]").getText()).isEqualTo("Nothing sent yet.");
		this.browser.navigate().refresh();
		assertThat(find("#campaign-state").getText()).isEqualTo("draft");
		assertThat(this.browser.findElements(By.cssSelector("[data-test=notice]"))).as("flash after refresh").isEmpty();
		long campaign = Long.parseLong(this.browser.getCurrentUrl().replaceFirst(".*/", ""));

		this.browser.get(url("/admin/campaigns"));
		WebElement row = find("[data-test=campaigns-table] tbody tr");
		assertThat(row.getText()).contains("Autumn news", "email", "Newsletter fans", "any", "draft");
		assertThat(row.findElement(By.cssSelector(".pill.draft")).isDisplayed()).isTrue();

		row.findElement(By.cssSelector(".campaign-link")).click();
		find("#edit-campaign").click();
		find("#campaign-name").clear();
		find("#campaign-name").sendKeys("Autumn newsletter");
		find("#campaign-budget").sendKeys("250.50");
		find("#campaign-cost").sendKeys("12,5x");
		clickAndWaitForNextPage("#save-campaign");
		assertThat(find("[data-test=error-cost]").getText()).isEqualTo("must be an amount such as 250.00");
		find("#campaign-cost").clear();
		find("#campaign-cost").sendKeys("100");
		clickAndWaitForNextPage("#save-campaign");
		assertThat(find("[data-test=notice]").getText()).isEqualTo("Saved the campaign (draft).");
		assertThat(find("main h1").getText()).isEqualTo("Autumn newsletter");
		assertThat(find("#campaign-budget").getText()).isEqualTo("250.50 EUR");
		assertThat(find("#campaign-cost").getText()).isEqualTo("100.00 EUR");

		// A schedule in the past is refused beside its field; a future one schedules it.
		find("#edit-campaign").click();
		setValue("#campaign-schedule", "2020-01-02T18:30");
		clickAndWaitForNextPage("#save-campaign");
		assertThat(find("[data-test=error-scheduled_at]").getText()).isEqualTo("must be in the future");
		assertThat(find("#campaign-schedule").getAttribute("value")).isEqualTo("2020-01-02T18:30");
		LocalDateTime when = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
		setValue("#campaign-schedule", when.toString());
		clickAndWaitForNextPage("#save-campaign");
		assertThat(find("[data-test=notice]").getText()).isEqualTo("Saved the campaign (scheduled).");
		assertThat(find("#campaign-state").getText()).isEqualTo("scheduled");
		assertThat(find("#campaign-schedule").getText())
			.isEqualTo(when.toString().replace('T', ' ').replaceFirst(":00$", "") + " UTC");
		assertThat(tenant.api().get("/api/audience/campaigns/" + campaign).body().path("scheduled_at").asString())
			.isEqualTo(when.toInstant(ZoneOffset.UTC).toString());
		screenshot("campaign");

		this.browser.get(url("/admin/campaigns?status=scheduled"));
		assertThat(find("[data-test=campaigns-table] tbody tr").getText()).contains("Autumn newsletter", "scheduled");
		new Select(find("#filter-status")).selectByValue("draft");
		clickAndWaitForNextPage("#apply-filters");
		assertThat(find("main .empty").getText()).contains("No campaign matches");
		this.browser.get(url("/admin/campaigns?type=meta_ads"));
		assertThat(this.browser.findElements(By.cssSelector("[data-test=campaigns-table]"))).isEmpty();

		this.browser.get(url("/admin/campaigns/" + campaign));
		find("#cancel-campaign").click();
		await(ExpectedConditions.alertIsPresent()).accept();
		awaitText("#campaign-state", "cancelled");
		assertThat(find("[data-test=notice]").getText()).isEqualTo("Cancelled the campaign.");
		assertThat(this.browser.findElements(By.cssSelector("#edit-campaign, #launch-campaign, #cancel-campaign")))
			.isEmpty();
		this.browser.get(url("/admin/campaigns/" + campaign + "/edit"));
		assertThat(find("[data-test=error]").getText())
			.isEqualTo("The campaign is cancelled: only draft and scheduled campaigns can be edited.");
		assertNoConsoleErrors();
	}

	@Test
	void aMultiChannelCampaignShowsItsChannelsAndEmailFieldsOnlyWhenThatApplies() {
		TestTenant tenant = newTenant();
		long segment = segmentOfFive(tenant.api(), "Everyone");
		signIn(tenant);
		this.browser.get(url("/admin/campaigns/new"));
		assertThat(find("#email-fields").isDisplayed()).isTrue();
		assertThat(find("#channel-fields").isDisplayed()).isFalse();

		new Select(find("#campaign-type")).selectByValue("multi_channel");
		assertThat(find("#channel-fields").isDisplayed()).isTrue();
		assertThat(find("#email-fields").isDisplayed()).isFalse();
		find("#campaign-name").sendKeys("Everywhere");
		new Select(find("#campaign-segment")).selectByValue(String.valueOf(segment));
		clickAndWaitForNextPage("#save-campaign");
		assertThat(find("[data-test=error-channels]").getText())
			.isEqualTo("must list the channels: email, meta, google, tiktok");

		find("#channel-email").click();
		find("#channel-meta").click();
		assertThat(find("#email-fields").isDisplayed()).isTrue();
		find("#campaign-holdout").clear();
		find("#campaign-holdout").sendKeys("10");
		clickAndWaitForNextPage("#save-campaign");
		assertThat(find("[data-test=error-holdout_percent]").getText())
			.startsWith("a holdout is only possible for email-only campaigns");
		assertThat(find("#channel-meta").isSelected()).isTrue();

		find("#campaign-holdout").clear();
		find("#campaign-holdout").sendKeys("0");
		clickAndWaitForNextPage("#save-campaign");
		assertThat(find("#campaign-state").getText()).isEqualTo("draft");
		assertThat(find("#campaign-type").getText()).isEqualTo("multi channel");
		List<String> channels = this.browser.findElements(By.cssSelector("[data-test=channels-table] tbody tr"))
			.stream()
			.map((channel) -> channel.getAttribute("data-channel"))
			.toList();
		assertThat(channels).containsExactly("email", "meta");
		assertNoConsoleErrors();
	}

	@Test
	void launchesAreRefusedWithTheirReason() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		long full = createEmail(api, segmentOfFive(api, "Five"), "Full");
		long empty = createEmail(api, emptySegment(api), "Nobody");
		signIn(tenant);

		this.browser.get(url("/admin/campaigns/" + full));
		launch();
		assertThat(find("[data-test=error]").getText())
			.isEqualTo("Not launched: Brevo is not configured. Set the credentials on the Exports › Platforms page.");
		assertThat(find("#campaign-state").getText()).isEqualTo("draft");

		configureBrevo(api);
		this.browser.get(url("/admin/campaigns/" + empty));
		launch();
		assertThat(find("[data-test=error]").getText()).isEqualTo("Not launched: the segment has no members.");
		assertThat(find("#campaign-state").getText()).isEqualTo("draft");
		assertNoConsoleErrors();
	}

	@Test
	void theSettingsSaveWithProblemsBesideTheirFieldsAndTheWebhookIsExplained() {
		TestTenant tenant = newTenant();
		signIn(tenant);
		this.browser.get(url("/admin/campaigns"));
		find("#campaign-settings-link").click();
		assertThat(find("#frequency_cap_emails").getAttribute("value")).isEqualTo("1");
		assertThat(find("#frequency_cap_hours").getAttribute("value")).isEqualTo("16");
		assertThat(find("#attribution_days").getAttribute("value")).isEqualTo("7");
		assertThat(find("#webhook-url").getText()).endsWith("/api/audience/webhooks/brevo");
		assertThat(find("[data-test=webhook-state]").getText()).startsWith("No secret yet");
		clickAndWaitForNextPage("#issue-webhook-secret");
		String secret = find("#issued-webhook-secret").getText();
		assertThat(secret).startsWith("whsec_");
		assertThat(find("#issued-webhook-url").getText()).endsWith("/api/audience/webhooks/brevo?token=" + secret);
		assertThat(find("[data-test=webhook-state]").getText()).startsWith("A secret is set");
		assertThat(anonymous().postJson("/api/audience/webhooks/brevo?token=" + secret, "[]").status()).isEqualTo(200);
		this.browser.get(url("/admin/campaigns/settings"));
		assertThat(this.browser.findElements(By.id("issued-webhook-secret"))).isEmpty();

		find("#frequency_cap_hours").clear();
		find("#frequency_cap_hours").sendKeys("24");
		find("#attribution_days").clear();
		find("#attribution_days").sendKeys("0");
		clickAndWaitForNextPage("#save-settings");
		assertThat(find("[data-test=error-attribution_days]").getText()).isEqualTo("must be from 1 to 90");
		assertThat(find("#attribution_days").getAttribute("value")).isEqualTo("0");
		assertThat(find("#frequency_cap_hours").getAttribute("value")).isEqualTo("24");
		assertThat(tenant.api().get("/api/audience/campaign-settings").body().path("frequency_cap_hours").asInt())
			.isEqualTo(16);

		find("#attribution_days").clear();
		find("#attribution_days").sendKeys("14");
		clickAndWaitForNextPage("#save-settings");
		assertThat(find("[data-test=notice]").getText()).isEqualTo("Saved the campaign settings.");
		assertThat(find("#attribution_days").getAttribute("value")).isEqualTo("14");
		var saved = tenant.api().get("/api/audience/campaign-settings").body();
		assertThat(saved.path("frequency_cap_hours").asInt()).isEqualTo(24);
		assertThat(saved.path("attribution_days").asInt()).isEqualTo(14);
		assertNoConsoleErrors();
	}

	@Test
	void theDashboardShowsTheCampaignsCard() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		long segment = segmentOfFive(api, "Five");
		createEmail(api, segment, "Draft one");
		Api.Response scheduled = api.postJson("/api/audience/campaigns",
				"{\"segment_id\": %d, \"name\": \"Later\", \"campaign_type\": \"email\", \"scheduled_at\": \"%s\"}"
					.formatted(segment, Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(201);
		signIn(tenant);

		awaitText("[data-test=campaigns-active]", "1");
		WebElement card = find("[data-test=campaigns-card]");
		assertThat(card.getText()).contains("Campaigns (last 30 days)");
		assertThat(find("[data-test=campaigns-sent]").getText()).isEqualTo("0");
		assertThat(find("[data-test=campaigns-revenue]").getText()).isEqualTo("0.00 EUR");
		assertThat(find("[data-test=campaigns-roas]").getText()).isEqualTo("–");
		assertNoConsoleErrors();
	}

	@Test
	void anotherTenantsCampaignIsNotFound() {
		TestTenant owner = newTenant();
		long campaign = createEmail(owner.api(), segmentOfFive(owner.api(), "Theirs"), "Their campaign");

		TestTenant me = newTenant();
		signIn(me);
		for (String path : List.of("/admin/campaigns/" + campaign, "/admin/campaigns/" + campaign + "/status",
				"/admin/campaigns/" + campaign + "/edit")) {
			this.browser.get(url(path));
			assertThat(find("main h1").getText()).isEqualTo("Not Found");
			assertThat(find("main").getText()).contains("There is no campaign " + campaign + ".")
				.doesNotContain("Their campaign");
		}
		this.browser.get(url("/admin/campaigns"));
		assertThat(this.browser.findElements(By.cssSelector("[data-test=campaigns-table]"))).isEmpty();

		// One's own forms aimed at their campaign change nothing of it.
		long mine = createEmail(me.api(), segmentOfFive(me.api(), "Mine"), "Mine");
		for (String action : List.of("cancel", "edit")) {
			this.browser.get(url("/admin/campaigns/" + mine + ((action.equals("edit")) ? "/edit" : "")));
			String button = action.equals("edit") ? "#save-campaign" : "#cancel-campaign";
			((JavascriptExecutor) this.browser).executeScript("arguments[0].form.action = arguments[1]", find(button),
					url("/admin/campaigns/" + campaign + "/" + action));
			WebElement page = find("html");
			find(button).click();
			if (action.equals("cancel")) {
				await(ExpectedConditions.alertIsPresent()).accept();
			}
			awaitGone(page);
			assertThat(find("main h1").getText()).isEqualTo("Not Found");
		}
		var theirs = owner.api().get("/api/audience/campaigns/" + campaign).body();
		assertThat(theirs.path("status").asString()).isEqualTo("draft");
		assertThat(theirs.path("name").asString()).isEqualTo("Their campaign");
	}

	private void fillEmail(String senderEmail) {
		find("#campaign-subject").sendKeys("Your next gig");
		find("#campaign-sender-name").sendKeys("Fanbase Tickets");
		find("#campaign-sender-email").sendKeys(senderEmail);
		find("#campaign-html").sendKeys("<p>Hello</p>");
	}

	/**
	 * Sets an input's value as a date picker would (typing into one depends on locale).
	 */
	private void setValue(String css, String value) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]", find(css), value);
	}

}
