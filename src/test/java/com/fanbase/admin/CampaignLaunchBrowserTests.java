package com.fanbase.admin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign launched from its page to the local fake Brevo: the page follows it until
 * sent, then shows what Brevo's webhooks and an order add up to, and the ROAS once a cost
 * is recorded; the list and the dashboard agree.
 */
@IntegrationTest
class CampaignLaunchBrowserTests extends CampaignBrowserTestSupport {

	@Test
	void aLaunchToTheFakeBrevoIsFollowedUntilSent() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		configureBrevo(api);
		long campaign = createEmail(api, segmentOfFive(api, "Newsletter fans"), "Launch day");
		signIn(tenant);
		this.browser.get(url("/admin/campaigns/" + campaign));

		launch();
		assertThat(find("[data-test=notice]").getText()).startsWith("Launched: the campaign is ");
		// The page polls while the campaign is sending.
		awaitText("#campaign-state", "sent");
		assertThat(find("#figure-members").getText()).isEqualTo("5");
		assertThat(find("#figure-targeted").getText()).isEqualTo("3");
		assertThat(find("#figure-without-consent").getText()).isEqualTo("2");
		assertThat(find("[data-test=channels-table] tbody tr").getText()).contains("email", "sent", "Brevo campaign");
		assertThat(find("#stat-sent").getText()).isEqualTo("3");
		assertThat(find("[data-test=funnel-chart]").getAttribute("data-drawn")).isEqualTo("true");
		assertThat(this.browser.findElements(By.cssSelector("#edit-campaign, #launch-campaign, #cancel-campaign")))
			.isEmpty();

		// Brevo reports a delivery, an open and a click for Ana, who then buys a ticket.
		long brevoCampaign = api.get("/api/audience/campaigns/" + campaign)
			.body()
			.path("channels")
			.get(0)
			.path("brevo_campaign_id")
			.asLong();
		Api.Response issued = api.postJson("/api/audience/campaign-settings/webhook-secret", "{}");
		assertThat(issued.status()).as(issued.text()).isEqualTo(201);
		long now = Instant.now().getEpochSecond();
		Api.Response events = api.postJson(
				"/api/audience/webhooks/brevo?token=" + issued.body().path("secret").asString(),
				"[" + webhookEvent("delivered", brevoCampaign, now) + ", "
						+ webhookEvent("opened", brevoCampaign, now + 60) + ", "
						+ webhookEvent("click", brevoCampaign, now + 90) + "]");
		assertThat(events.body().path("stored").asInt()).as(events.text()).isEqualTo(3);
		Api.Response event = api.post("/api/audience/ingest/events", "application/x-ndjson",
				"{\"id\": 1, \"name\": \"Rock Night\", \"event_type\": \"concert\", \"genres\": [\"rock\"], \"starts_at\": \"%s\"}"
					.formatted(Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
		assertThat(event.body().path("rejected").asInt()).as(event.text()).isZero();
		Api.Response order = api.post("/api/audience/ingest/orders", "application/x-ndjson",
				"{\"id\": 1, \"customer_id\": 1, \"event_id\": 1, \"total_cents\": 15000, \"status\": \"paid\", \"placed_at\": \"%s\"}"
					.formatted(Instant.now().plusSeconds(120).truncatedTo(ChronoUnit.SECONDS)));
		assertThat(order.body().path("rejected").asInt()).as(order.text()).isZero();

		this.browser.navigate().refresh();
		assertThat(find("#stat-delivered").getText()).isEqualTo("1");
		assertThat(find("#stat-opens").getText()).isEqualTo("1");
		assertThat(find("#stat-clicks").getText()).isEqualTo("1");
		assertThat(find("#stat-open-rate").getText()).isEqualTo("100 %");
		assertThat(find("#stat-conversions").getText()).isEqualTo("1");
		assertThat(find("#stat-revenue").getText()).isEqualTo("150.00 EUR");
		assertThat(find("#stat-roas").getText()).isEqualTo("–");

		// The cost recorded after launch gives the ROAS.
		find("#campaign-spend").sendKeys("-5");
		clickAndWaitForNextPage("#save-cost");
		assertThat(find("[data-test=error]").getText()).isEqualTo("The cost must not be negative.");
		find("#campaign-spend").clear();
		find("#campaign-spend").sendKeys("50");
		clickAndWaitForNextPage("#save-cost");
		assertThat(find("[data-test=notice]").getText()).isEqualTo("Recorded the cost: 50.00 EUR.");
		assertThat(find("#stat-roas").getText()).isEqualTo("3");
		assertThat(find("#campaign-spend").getAttribute("value")).isEqualTo("50.00");
		screenshot("campaign-sent");

		this.browser.get(url("/admin/campaigns"));
		assertThat(find("[data-test=campaigns-table] tbody tr").getText()).contains("Launch day", "sent", "100 %",
				"150.00 EUR");
		this.browser.get(url("/admin"));
		awaitText("[data-test=campaigns-sent]", "3");
		assertThat(find("[data-test=campaigns-opens]").getText()).isEqualTo("1");
		assertThat(find("[data-test=campaigns-conversions]").getText()).isEqualTo("1");
		assertThat(find("[data-test=campaigns-revenue]").getText()).isEqualTo("150.00 EUR");
		assertThat(find("[data-test=campaigns-roas]").getText()).isEqualTo("3");
		assertNoConsoleErrors();
	}

	private static String webhookEvent(String name, long brevoCampaign, long at) {
		return "{\"event\": \"%s\", \"camp_id\": %d, \"email\": \"ana@example.com\", \"ts_event\": %d}".formatted(name,
				brevoCampaign, at);
	}

}
