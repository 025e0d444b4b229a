package com.fanbase.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EventTargetingBrowserTests extends BrowserTestSupport {

	private static final String ROWS = "[data-test=recommendations-table] tbody tr";

	/**
	 * The seeded tenant's events are past; this one is upcoming (beyond the horizon of
	 * automatic generation, so only the button scores it): a rock concert in Berlin.
	 */
	private static final String FESTIVAL = """
			{"id": 10, "name": "Rock Festival", "event_type": "concert", "genres": ["rock"], "city": "Berlin", \
			"country": "DE", "currency": "EUR", "starts_at": "2031-06-01T20:00:00Z"}
			""";

	@Test
	void anEventsBestCustomersAreGeneratedExplainedTurnedIntoASegmentAndMeasured() {
		TestTenant tenant = seededTenant();
		Api api = tenant.api();
		assertThat(api.post("/api/audience/ingest/events", "application/x-ndjson", FESTIVAL).status()).isLessThan(300);
		signIn(tenant);
		awaitText("[data-test=profile-count]", "5");

		this.browser.findElement(By.partialLinkText("Events")).click();
		WebElement first = find("[data-test=events-table] tbody tr");
		assertThat(first.getAttribute("data-event-id")).as("upcoming first").isEqualTo("10");
		find("#q").sendKeys("jazz");
		await((browser) -> browser.findElements(By.cssSelector("[data-test=events-table] tbody tr")).size() == 1);
		assertThat(find("[data-test=events-table] tbody tr").getText()).contains("Jazz Brunch");
		this.browser.get(url("/admin/events"));
		first = find("[data-test=events-table] tbody tr");
		first.findElement(By.linkText("Rock Festival")).click();
		awaitText("[data-test=event-name]", "Rock Festival");
		assertThat(find("[data-test=no-recommendations]").isDisplayed()).isTrue();

		find("#generate").click();
		assertThat(find("[data-test=notice]").getText()).contains("recommendations stored");
		JsonNode expected = api.get("/api/audience/events/10/recommendations?limit=50&min_score=1").body();
		List<WebElement> rows = this.browser.findElements(By.cssSelector(ROWS));
		assertThat(rows).hasSize(expected.path("count").asInt()).hasSizeGreaterThanOrEqualTo(2);
		for (int i = 0; i < rows.size(); i++) {
			JsonNode customer = expected.path("customers").get(i);
			assertThat(rows.get(i).getAttribute("data-customer-id")).isEqualTo(customer.path("customer_id").asString());
			assertThat(rows.get(i).findElement(By.cssSelector("[data-test=score]")).getText())
				.isEqualTo(customer.path("score").asString());
			List<WebElement> reasons = rows.get(i).findElements(By.cssSelector(".reason"));
			assertThat(reasons.stream().map((r) -> r.getAttribute("data-reason")))
				.containsExactlyElementsOf(customer.path("reasons").findValuesAsString("reason"));
			// in a marketer's words, with the points beside them
			for (int j = 0; j < reasons.size(); j++) {
				assertThat(reasons.get(j).getText()).doesNotContain("_")
					.endsWith(" +" + customer.path("reasons").get(j).path("weight").asInt());
			}
		}
		// The rock fan in Berlin fits best: genre, type and city.
		assertThat(rows.get(0).getAttribute("data-customer-id")).isEqualTo("1");
		assertThat(rows.get(0).findElement(By.cssSelector("[data-reason=genre_match]")).getText()).startsWith("likes ")
			.endsWith(" +25");
		assertThat(find("[data-test=made-from]").getText()).contains("profiles").contains("standard weights");
		screenshot("event-recommendations");

		int secondScore = expected.path("customers").get(1).path("score").asInt();
		filter(String.valueOf(secondScore + 1));
		assertThat(this.browser.findElements(By.cssSelector(ROWS))).hasSize((int) expected.path("customers")
			.valueStream()
			.filter((c) -> c.path("score").asInt() > secondScore)
			.count());
		filter("abc");
		assertThat(find("[data-test=filter-error]").getText()).contains("from 0 to 100");

		createSegment("", "60");
		assertThat(find("[data-test=error]").getText()).isEqualTo("Give the segment a name.");
		createSegment("Rock Festival fans", String.valueOf(secondScore));
		awaitText("[data-test=segment-name]", "Rock Festival fans");
		long members = expected.path("customers")
			.valueStream()
			.filter((c) -> c.path("score").asInt() >= secondScore)
			.count();
		assertThat(find("[data-test=member-count]").getText()).isEqualTo(String.valueOf(members));
		assertThat(this.browser.getCurrentUrl()).contains("/admin/segments/");

		// Customer 1 buys a ticket: the recommendation converted.
		api.post("/api/audience/ingest/orders", "application/x-ndjson",
				"{\"id\": 50, \"customer_id\": 1, \"event_id\": 10, \"total_cents\": 8000, \"status\": \"paid\", \"placed_at\": \"%s\"}"
					.formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
		JsonNode performance = Eventually.await(
				() -> api.get("/api/audience/events/10/recommendations/performance").body(),
				(body) -> body.path("converted").asInt() == 1, Duration.ofSeconds(20));
		this.browser.get(url("/admin/events/10"));
		assertThat(find("[data-test=recommended]").getText()).isEqualTo(performance.path("recommended").asString());
		assertThat(find("[data-test=converted]").getText()).isEqualTo("1");
		assertThat(find("[data-test=revenue]").getText()).isEqualTo("80.00 EUR");
		int band = Math.min(expected.path("customers").get(0).path("score").asInt() / 10, 9);
		String bandName = (band == 9) ? "90-100" : (band == 0) ? "1-9" : band * 10 + "-" + (band * 10 + 9);
		WebElement bandRow = find("[data-test=bands-table] tr[data-band='" + bandName + "']");
		assertThat(bandRow.findElements(By.tagName("td")).get(2).getText()).isEqualTo("1");
		assertThat(find("#performance-chart").isDisplayed()).isTrue();
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView()",
				find("[data-test=performance]"));
		screenshot("event-performance");
		assertNoConsoleErrors();
	}

	@Test
	void anotherTenantsEventIsNotFound() {
		TestTenant theirs = newTenant();
		assertThat(theirs.api().post("/api/audience/ingest/events", "application/x-ndjson", FESTIVAL).status())
			.isLessThan(300);
		signIn(newTenant());
		awaitText("[data-test=profile-count]", "0");

		// A page that is no number reads as the first page.
		this.browser.get(url("/admin/events?page=x"));
		assertThat(find("[data-test=no-events]").getText()).isEqualTo("No events match.");
		this.browser.get(url("/admin/events/10"));

		assertThat(find("main h1").getText()).isEqualTo("Not Found");
		assertThat(find("main").getText()).contains("This tenant has no event with id 10.")
			.doesNotContain("Rock Festival");
	}

	private void filter(String minScore) {
		WebElement field = find("#min_score");
		field.clear();
		field.sendKeys(minScore);
		WebElement page = this.browser.findElement(By.tagName("html"));
		find("#filter").click();
		awaitGone(page);
	}

	private void createSegment(String name, String minScore) {
		WebElement nameField = find("#segment-name");
		nameField.clear();
		nameField.sendKeys(name);
		WebElement scoreField = find("#segment-min-score");
		scoreField.clear();
		scoreField.sendKeys(minScore);
		WebElement page = this.browser.findElement(By.tagName("html"));
		find("#create-segment").click();
		awaitGone(page);
	}

}
