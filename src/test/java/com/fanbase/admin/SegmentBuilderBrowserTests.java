package com.fanbase.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SegmentBuilderBrowserTests extends BrowserTestSupport {

	private static final String FIRST_RULE = ".rule[data-pointer='/criteria/rules/0']";

	@Test
	void thePreviewFollowsEveryChangeAndShowsProblemsBesideTheirRule() {
		signIn(seededTenant());
		awaitText("[data-test=profile-count]", "5");
		this.browser.get(url("/admin/segments/new"));

		// The starter rule, total spent at least 100: customers 1, 2 and 5.
		awaitText("[data-test=preview-count]", "3");
		assertThat(find("[data-test=preview-email]").getText()).isEqualTo("2");
		assertThat(find("[data-test=preview-ads]").getText()).isEqualTo("2");
		assertThat(this.browser.findElements(By.cssSelector("[data-test=preview-sample] tbody tr"))).hasSize(3);

		WebElement value = find(FIRST_RULE + " .value-input");
		value.clear();
		value.sendKeys("200");
		awaitText("[data-test=preview-count]", "1");

		value.sendKeys("x");
		WebElement problem = find(FIRST_RULE + " .rule-error");
		assertThat(problem.getText()).isEqualTo("must be a number");
		assertThat(value.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(find("[data-test=preview-errors]").getText()).contains("Rule 1 › value");
		screenshot("builder-problem");

		value.clear();
		value.sendKeys("100");
		awaitText("[data-test=preview-count]", "3");
		assertThat(this.browser.findElements(By.cssSelector(".rule-error"))).isEmpty();

		// Any of: a nested group with a negated city condition.
		new Select(find("#builder > .group .match")).selectByValue("any");
		find("#builder > .group > .group-actions [data-action=add-group]").click();
		WebElement nested = find("#builder .group .group .rule");
		new Select(nested.findElement(By.cssSelector(".field"))).selectByValue("city");
		nested.findElement(By.cssSelector(".negate")).click();
		nested.findElement(By.cssSelector(".value-input")).sendKeys("Berlin");
		// spent >= 100 (1, 2, 5) or not in Berlin (3, 5, and 4, who has no city):
		// everyone
		awaitText("[data-test=preview-count]", "5");
		nested.findElement(By.cssSelector(".negate")).click();
		// spent >= 100 or in Berlin: 1, 2, 5
		awaitText("[data-test=preview-count]", "3");
		nested.findElement(By.cssSelector(".negate")).click();
		awaitText("[data-test=preview-count]", "5");
		assertThat(nested.getAttribute("data-pointer")).isEqualTo("/criteria/rules/1/rules/0/not");
		screenshot("builder");
		assertNoConsoleErrors();
	}

	@Test
	void aSavedSegmentOpensWithItsMembersAndHistoryAndIsListed() {
		signIn(seededTenant());
		awaitText("[data-test=profile-count]", "5");
		this.browser.get(url("/admin/segments/new"));
		awaitText("[data-test=preview-count]", "3");

		find("#save-segment").click();
		assertThat(find(".stack[data-pointer='/name'] .rule-error").getText()).contains("is required");

		find("#segment-name").sendKeys("Big spenders");
		find("#save-segment").click();

		await(ExpectedConditions.urlMatches(".*/admin/segments/\\d+$"));
		awaitText("[data-test=segment-name]", "Big spenders");
		assertThat(find("[data-test=member-count]").getText()).isEqualTo("3");
		assertThat(find("[data-test=members-as-of]").getText()).matches("\\d+ s ago");
		assertThat(find("[data-test=criteria-text]").getText()).isEqualTo("Total spent at least 100");
		assertThat(memberIds()).containsExactly("#1", "#2", "#5");
		assertThat(this.browser.findElements(By.cssSelector("[data-test=history-table] tbody tr"))).hasSize(1);

		find("#refresh-segment").click();

		assertThat(find("[data-test=notice]").getText())
			.isEqualTo("Refreshed: 3 members, 0 entered, 0 left, in " + refreshMillis() + " ms.");
		assertThat(this.browser.findElements(By.cssSelector("[data-test=history-table] tbody tr"))).hasSize(2);
		assertThat(find("#history-chart").getAttribute("data-drawn")).isEqualTo("true");
		screenshot("segment-detail");
		assertNoConsoleErrors();

		this.browser.findElement(By.linkText("← Segments")).click();
		WebElement row = find("[data-test=segments-table] tbody tr");
		assertThat(row.getText()).contains("Big spenders", "dynamic", "3", "succeeded");
		screenshot("segments");

		row.findElement(By.linkText("Big spenders")).click();
		find("#edit-segment").click();
		awaitText("[data-test=preview-count]", "3");
		WebElement value = find(FIRST_RULE + " .value-input");
		value.clear();
		value.sendKeys("200");
		awaitText("[data-test=preview-count]", "1");
		find("#save-segment").click();

		awaitText("[data-test=criteria-text]", "Total spent at least 200");
		assertThat(find("[data-test=member-count]").getText()).isEqualTo("1");
		assertThat(memberIds()).containsExactly("#5");
		assertThat(this.browser.findElements(By.cssSelector("[data-test=history-table] tbody tr"))).hasSize(3);
	}

	@Test
	void aStaticSegmentTakesMembersFromACsvAndCanBeDeleted() throws IOException {
		signIn(seededTenant());
		this.browser.get(url("/admin/segments"));
		find("#static-name").sendKeys("Guest list");
		find("#static-name").submit();
		awaitText("[data-test=segment-name]", "Guest list");
		Path csv = Files.createTempFile("guests", ".csv");
		Files.writeString(csv, "email\nana@example.com\n3\nnobody@example.com\nnot an id\n");

		find("#upload-file").sendKeys(csv.toAbsolutePath().toString());
		find("#upload-members").click();

		assertThat(find("[data-test=notice]").getText()).isEqualTo("Uploaded 4 lines: 2 added, 2 rejected.");
		assertThat(find("[data-test=member-count]").getText()).isEqualTo("2");
		assertThat(memberIds()).containsExactly("#1", "#3");
		assertThat(find(".alert.error").getText()).contains("Line 4: matches no customer of this tenant");

		find("#delete-segment").click();
		this.browser.switchTo().alert().accept();

		assertThat(find("[data-test=notice]").getText()).isEqualTo("Deleted the segment \"Guest list\".");
		assertThat(this.browser.findElements(By.cssSelector("[data-test=segments-table]"))).isEmpty();
		Files.delete(csv);
	}

	@Test
	void aLookalikeIsCreatedFromASegmentsPageAndKeepsItsSource() {
		TestTenant tenant = seededTenant();
		long source = tenant.api()
			.postJson("/api/audience/segments", "{\"name\": \"Rock fans\", \"segment_type\": \"static\"}")
			.body()
			.path("id")
			.asLong();
		tenant.api().postJson("/api/audience/segments/" + source + "/members", "{\"customer_ids\": [1]}");
		signIn(tenant);
		this.browser.get(url("/admin/segments/" + source));
		find("#lookalike-size").clear();
		find("#lookalike-size").sendKeys("2");

		find("#create-lookalike").click();

		awaitText("[data-test=segment-name]", "Like Rock fans");
		assertThat(find("[data-test=member-count]").getText()).isEqualTo("2");
		assertThat(memberIds()).hasSize(2).doesNotContain("#1");
		assertThat(find("[data-test=lookalike-source]").getText()).contains("segment #" + source);
		this.browser.get(url("/admin/segments/" + source));
		find("#delete-segment").click();
		this.browser.switchTo().alert().accept();
		assertThat(find(".alert.error").getText()).contains("is the source of lookalike segment");
		assertNoConsoleErrors();
	}

	@Test
	void theBuilderReadsAndWritesEveryKindOfRule() {
		TestTenant tenant = seededTenant();
		long vip = tenant.api()
			.postJson("/api/audience/segments", "{\"name\": \"VIP\", \"segment_type\": \"static\"}")
			.body()
			.path("id")
			.asLong();
		String criteria = """
				{"match": "all", "rules": [
				    {"field": "total_spent", "operator": "between", "value": [0, 1000]},
				    {"field": "last_purchase", "operator": "within_days", "value": 365},
				    {"field": "genres", "operator": "excludes", "value": ["metal"]},
				    {"field": "attended_event", "operator": "excludes", "value": [99]},
				    {"field": "country", "operator": "in", "value": ["DE", "AT"]},
				    {"not": {"field": "has_email", "operator": "is", "value": false}},
				    {"match": "any", "rules": [
				        {"field": "city", "operator": "is", "value": "Berlin"},
				        {"field": "not_in_segment", "operator": "is", "value": %d}]}]}""".formatted(vip);
		long expected = tenant.api()
			.postJson("/api/audience/segments/preview", "{\"criteria\": " + criteria + "}")
			.body()
			.path("count")
			.asLong();
		long id = tenant.api()
			.postJson("/api/audience/segments", "{\"name\": \"Everything\", \"criteria\": " + criteria + "}")
			.body()
			.path("id")
			.asLong();
		signIn(tenant);
		awaitText("[data-test=profile-count]", "5");

		this.browser.get(url("/admin/segments/new?from=" + id));

		awaitText("[data-test=preview-count]", String.valueOf(expected));
		assertThat(expected).isEqualTo(3);
		assertThat(this.browser.findElements(By.cssSelector("[data-test=preview-errors]"))).isEmpty();
		assertThat(find("#segment-name").getAttribute("value")).isEqualTo("Everything (copy)");
		assertThat(this.browser.findElements(By.cssSelector("#builder .rule"))).hasSize(8);
		assertThat(find(".rule[data-pointer='/criteria/rules/5/not'] .negate").isSelected()).isTrue();
	}

	@Test
	void anEditThatWouldMakeSegmentsReferToEachOtherInACycleIsRefusedAtItsRule() {
		TestTenant tenant = seededTenant();
		long a = tenant.api().postJson("/api/audience/segments", """
				{"name": "A", "criteria": {"match": "all", "rules": [
				    {"field": "total_spent", "operator": ">=", "value": 100}]}}""").body().path("id").asLong();
		tenant.api().postJson("/api/audience/segments", """
				{"name": "B", "criteria": {"match": "all", "rules": [
				    {"field": "in_segment", "operator": "is", "value": %d}]}}""".formatted(a));
		signIn(tenant);
		awaitText("[data-test=profile-count]", "5");
		this.browser.get(url("/admin/segments/" + a + "/edit"));
		awaitText("[data-test=preview-count]", "3");

		find("#builder > .group > .group-actions [data-action=add-rule]").click();
		WebElement added = find(".rule[data-pointer='/criteria/rules/1']");
		new Select(added.findElement(By.cssSelector(".field"))).selectByValue("in_segment");
		new Select(added.findElement(By.cssSelector(".value-input"))).selectByVisibleText("B");
		awaitText("[data-test=preview-count]", "3");
		find("#save-segment").click();

		assertThat(find(".rule[data-pointer='/criteria/rules/1'] .rule-error").getText())
			.startsWith("makes segment references go round in a cycle");
		assertThat(this.browser.getCurrentUrl()).endsWith("/admin/segments/" + a + "/edit");
	}

	private List<String> memberIds() {
		return this.browser.findElements(By.cssSelector("[data-test=members-table] tbody tr td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private String refreshMillis() {
		String notice = find("[data-test=notice]").getText();
		return notice.replaceAll(".* in (\\d+) ms\\.$", "$1");
	}

}
