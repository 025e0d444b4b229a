package com.fanbase.admin;

import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fanbase.testing.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** What the campaign browser tests share: segments, campaigns, Brevo and page steps. */
abstract class CampaignBrowserTestSupport extends BrowserTestSupport {

	/** Launches from the campaign's page, confirming, and waits for the next page. */
	void launch() {
		WebElement page = find("html");
		find("#launch-campaign").click();
		await(ExpectedConditions.alertIsPresent()).accept();
		awaitGone(page);
	}

	void clickAndWaitForNextPage(String css) {
		WebElement page = find("html");
		find(css).click();
		awaitGone(page);
	}

	static long createEmail(Api api, long segment, String name) {
		Api.Response created = api.postJson("/api/audience/campaigns",
				"""
						{"segment_id": %d, "name": "%s", "campaign_type": "email", "settings": {"subject": "Your next gig",
						 "sender_name": "Fanbase Tickets", "sender_email": "news@tickets.example", "html_content": "<p>Hi</p>"}}"""
					.formatted(segment, name));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().path("id").asLong();
	}

	static void configureBrevo(Api api) {
		Api.Response put = api.send("PUT", "/api/audience/settings/platforms/brevo",
				"{\"api_key\": \"campaign-admin-" + System.nanoTime() + "\"}");
		assertThat(put.status()).as(put.text()).isEqualTo(200);
	}

	static long emptySegment(Api api) {
		Api.Response created = api.postJson("/api/audience/segments",
				"{\"name\": \"Nobody\", \"segment_type\": \"static\"}");
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body().path("id").asLong();
	}

	/**
	 * A static segment of five customers: 1, 3 and 5 have an email and email consent; 2
	 * has only a phone; 4 gave no consent.
	 */
	static long segmentOfFive(Api api, String name) {
		Api.Response customers = api.post("/api/audience/ingest/customers", "application/x-ndjson",
				String.join("\n",
						"{\"id\": 1, \"email\": \"ana@example.com\", \"first_name\": \"Ana\", \"email_consent\": true}",
						"{\"id\": 2, \"phone\": \"+4930123456\", \"country\": \"DE\", \"ads_consent\": true}",
						"{\"id\": 3, \"email\": \"carla@example.com\", \"email_consent\": true}",
						"{\"id\": 4, \"email\": \"dan@example.com\"}",
						"{\"id\": 5, \"email\": \"eva@example.com\", \"email_consent\": true, \"ads_consent\": true}"));
		assertThat(customers.status()).as(customers.text()).isLessThan(300);
		Api.Response created = api.postJson("/api/audience/segments",
				"{\"name\": \"" + name + "\", \"segment_type\": \"static\"}");
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().path("id").asLong();
		Api.Response added = api.postJson("/api/audience/segments/" + id + "/members",
				"{\"customer_ids\": [1, 2, 3, 4, 5]}");
		assertThat(added.status()).as(added.text()).isEqualTo(200);
		return id;
	}

}
