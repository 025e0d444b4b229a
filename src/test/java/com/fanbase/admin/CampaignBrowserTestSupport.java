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

}
