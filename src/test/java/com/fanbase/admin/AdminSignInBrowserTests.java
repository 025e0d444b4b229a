package com.fanbase.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AdminSignInBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	/** Sign-ins live in PostgreSQL, where every replica finds them. */
	private long sessionsOf(String principal) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = :principal")
			.param("principal", principal)
			.query(Long.class)
			.single();
	}

	@Test
	void anUnknownKeyIsRefusedOnTheLoginPage() {
		signIn("fbk_not-a-key-of-anyone");

		assertThat(find("#login-error").getText()).contains("unknown or has been revoked");
		assertThat(this.browser.getCurrentUrl()).contains("/admin/login?error=invalid-key");
		assertThat(find("#key").getAttribute("value")).isEmpty();
		screenshot("login-refused");
		this.browser.get(url("/admin"));
		await(ExpectedConditions.urlContains("/admin/login"));
	}

	@Test
	void aTenantKeySignsInToItsTenantAndSignsOut() {
		TestTenant tenant = seededTenant();

		signIn(tenant.key());

		awaitText("[data-test=profile-count]", "5");
		String name = operator().get("/api/audience/tenants/" + tenant.id()).body().path("name").asString();
		assertThat(find("[data-test=tenant-name]").getText()).isEqualTo(name);
		assertThat(find("#churn-chart").getAttribute("data-drawn")).isEqualTo("true");
		assertThat(this.browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText())
			.isEqualTo("Dashboard");
		screenshot("dashboard");
		assertNoConsoleErrors();

		assertThat(sessionsOf("tenant-" + tenant.id() + "-key-" + tenant.keyId())).isEqualTo(1);

		find("#sign-out").click();

		await(ExpectedConditions.urlContains("/admin/login?signed-out"));
		assertThat(sessionsOf("tenant-" + tenant.id() + "-key-" + tenant.keyId())).isZero();
		assertThat(find("[role=status]").getText()).contains("signed out");
		this.browser.get(url("/admin/segments"));
		await(ExpectedConditions.urlContains("/admin/login"));
	}

	@Test
	void theOperatorSignsInForTheTenantItNames() {
		TestTenant tenant = newTenant();

		this.browser.get(url("/admin/login"));
		find("#key").sendKeys(Api.OPERATOR_KEY);
		find("summary").click();
		find("#tenant_id").sendKeys(String.valueOf(tenant.id()));
		find("#sign-in").click();

		awaitText("[data-test=profile-count]", "0");
		assertThat(find(".topbar .pill").getText()).isEqualTo("operator");
	}

	@Test
	void theOperatorKeyWithoutATenantIdIsRefused() {
		signIn(Api.OPERATOR_KEY);

		assertThat(find("#login-error").getText()).contains("enter its id");
	}

	@Test
	void revokingTheKeyEndsItsSession() {
		TestTenant tenant = newTenant();
		signIn(tenant.key());
		awaitText("[data-test=profile-count]", "0");

		operator().delete("/api/audience/tenants/" + tenant.id() + "/keys/" + tenant.keyId());
		this.browser.get(url("/admin/profiles"));

		await(ExpectedConditions.urlContains("/admin/login?error=revoked"));
		assertThat(find("#login-error").getText()).contains("revoked");
	}

	@Test
	void aProfileRebuildStartedFromTheDashboardIsFollowedOnTheJobsPage() {
		signIn(seededTenant().key());
		awaitText("[data-test=profile-count]", "5");

		find("form[action$='/admin/profiles/rebuild'] button").click();

		await(ExpectedConditions.urlContains("/admin/jobs"));
		await((browser) -> {
			var rows = browser.findElements(By.cssSelector("[data-test=jobs-table] tbody tr"));
			return rows.size() == 2 && rows.get(0).getText().contains("succeeded") ? rows : null;
		});
		assertThat(find("nav a[aria-current=page]").getText()).isEqualTo("Jobs");
	}

	@Test
	void anotherTenantsSegmentIsNotFoundOnAnHtmlPage() {
		TestTenant other = newTenant();
		long segment = other.api()
			.postJson("/api/audience/segments", "{\"name\": \"Theirs\", \"segment_type\": \"static\"}")
			.body()
			.path("id")
			.asLong();
		signIn(newTenant().key());
		awaitText("[data-test=profile-count]", "0");

		this.browser.get(url("/admin/segments/" + segment));

		assertThat(find("main h1").getText()).isEqualTo("Not Found");
		assertThat(find("main").getText()).contains("There is no segment " + segment + ".").doesNotContain("Theirs");
	}

	@Test
	void everySectionOfTheNavigationIsReady() {
		signIn(newTenant().key());
		awaitText("[data-test=profile-count]", "0");

		this.browser.findElement(By.partialLinkText("Campaigns")).click();

		assertThat(find("main h1").getText()).isEqualTo("Campaigns");
		assertThat(find("nav a[aria-current=page]").getText()).isEqualTo("Campaigns");
		assertThat(this.browser.findElements(By.cssSelector("nav .tag"))).isEmpty();
	}

}
