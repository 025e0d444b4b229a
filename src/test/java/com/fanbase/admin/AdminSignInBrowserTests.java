package com.fanbase.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;
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
	void aWrongPasswordIsRefusedOnTheLoginPage() {
		TestUser user = newUser(newTenant(), Role.MARKETER);

		signIn(user.email(), "not the password at all", null);

		assertThat(find("#login-error").getText()).contains("email or password is wrong");
		assertThat(this.browser.getCurrentUrl()).contains("/admin/login?error=invalid-credentials");
		assertThat(find("#password").getAttribute("value")).isEmpty();
		signIn("nobody-" + user.email(), PASSWORD, null);
		assertThat(this.browser.getCurrentUrl()).contains("/admin/login?error=invalid-credentials");
		screenshot("login-refused");
		this.browser.get(url("/admin"));
		await(ExpectedConditions.urlContains("/admin/login"));
	}

	@Test
	void aUserSignsInToTheirTenantAndSignsOut() {
		TestTenant tenant = seededTenant();

		TestUser user = signIn(tenant, Role.ANALYST);

		awaitText("[data-test=profile-count]", "5");
		String name = operator().get("/api/audience/tenants/" + tenant.id()).body().path("name").asString();
		assertThat(find("[data-test=tenant-name]").getText()).isEqualTo(name);
		assertThat(find("[data-test=user-role]").getText()).isEqualTo("analyst");
		assertThat(find("#churn-chart").getAttribute("data-drawn")).isEqualTo("true");
		assertThat(this.browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText())
			.isEqualTo("Dashboard");
		screenshot("dashboard");
		assertNoConsoleErrors();

		assertThat(sessionsOf("user-" + user.id())).isEqualTo(1);

		find("#sign-out").click();

		await(ExpectedConditions.urlContains("/admin/login?signed-out"));
		assertThat(sessionsOf("user-" + user.id())).isZero();
		assertThat(find("[role=status]").getText()).contains("signed out");
		this.browser.get(url("/admin/segments"));
		await(ExpectedConditions.urlContains("/admin/login"));
	}

	@Test
	void signingInChangesTheSessionId() {
		TestUser user = newUser(newTenant(), Role.ANALYST);
		this.browser.get(url("/admin/login"));
		String before = this.browser.manage().getCookieNamed("SESSION").getValue();

		signIn(user.email(), PASSWORD, null);

		awaitText("[data-test=profile-count]", "0");
		String after = this.browser.manage().getCookieNamed("SESSION").getValue();
		assertThat(after).isNotEqualTo(before);
		assertThat(this.browser.manage().getCookieNamed("SESSION").isHttpOnly()).isTrue();
	}

	@Test
	void aTenantKeyNoLongerSignsInToTheAdmin() {
		TestTenant tenant = newTenant();

		signIn("integrator@example.com", tenant.key(), null);

		assertThat(this.browser.getCurrentUrl()).contains("/admin/login?error=invalid-credentials");
	}

	@Test
	void disablingAUserEndsTheirSession() {
		TestTenant tenant = newTenant();
		TestUser user = signIn(tenant, Role.MARKETER);
		awaitText("[data-test=profile-count]", "0");

		this.accounts.setDisabled(TenantId.of(tenant.id()), user.id(), true);
		this.browser.get(url("/admin/profiles"));

		await(ExpectedConditions.urlContains("/admin/login?error=session-ended"));
		assertThat(find("#login-error").getText()).contains("session has ended");
		signIn(user.email(), PASSWORD, null);
		assertThat(this.browser.getCurrentUrl()).contains("/admin/login?error=invalid-credentials");
	}

	@Test
	void aProfileRebuildStartedFromTheDashboardIsFollowedOnTheJobsPage() {
		signIn(seededTenant());
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
		signIn(newTenant());
		awaitText("[data-test=profile-count]", "0");

		this.browser.get(url("/admin/segments/" + segment));

		assertThat(find("main h1").getText()).isEqualTo("Not Found");
		assertThat(find("main").getText()).contains("There is no segment " + segment + ".").doesNotContain("Theirs");
	}

	@Test
	void everySectionOfTheNavigationIsReady() {
		signIn(newTenant());
		awaitText("[data-test=profile-count]", "0");

		this.browser.findElement(By.partialLinkText("Campaigns")).click();

		assertThat(find("main h1").getText()).isEqualTo("Campaigns");
		assertThat(find("nav a[aria-current=page]").getText()).isEqualTo("Campaigns");
		assertThat(this.browser.findElements(By.cssSelector("nav .tag"))).isEmpty();
	}

}
