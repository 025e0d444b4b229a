package com.fanbase.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProfileSearchBrowserTests extends BrowserTestSupport {

	@Test
	void profilesAreSearchedSortedAndOpened() {
		signIn(seededTenant());
		awaitText("[data-test=profile-count]", "5");
		this.browser.findElement(By.linkText("Profiles")).click();
		await((browser) -> rows().size() == 5);

		find("#q").sendKeys("carla");

		await((browser) -> rows().equals(List.of("#3")));
		assertThat(this.browser.getCurrentUrl()).contains("q=carla");

		find("#q").clear();
		find("#q").sendKeys("example.com");
		await((browser) -> rows().size() == 4);
		find("th a[href*='sort=total_spent_cents']").click();
		await((browser) -> rows().equals(List.of("#5", "#1", "#3", "#4")));
		assertThat(find("th[aria-sort=descending]").getText()).isEqualTo("SPENT");
		screenshot("profiles");

		this.browser.findElement(By.linkText("#5")).click();

		await(ExpectedConditions.urlContains("/admin/profiles/5"));
		assertThat(find("[data-test=email]").getText()).isEqualTo("eva@example.com");
		assertThat(find("h1").getText()).contains("Eva");
		assertThat(find("[data-test=churn-probability]").getText())
			.contains("Probability this customer buys nothing in the next 180 days");
		assertThat(find("[data-test=churn-backtest]").getText())
			.contains("probability this customer buys nothing in the next 180 days");
		screenshot("profile");
		assertNoConsoleErrors();
	}

	private List<String> rows() {
		return this.browser.findElements(By.cssSelector("[data-test=profiles-table] tbody tr td:first-child a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}
