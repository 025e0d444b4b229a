package com.fanbase.admin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;
import com.fanbase.testing.IntegrationTest;
import com.fanbase.testing.oidc.OidcProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on end to end: an owner sets up the tenant's OpenID Connect provider on the
 * settings page, and users sign in through a real provider (Spring Authorization Server,
 * started here) in the browser: matched by verified email, created on first sign-in with
 * the default role.
 */
@IntegrationTest
class SingleSignOnBrowserTests extends BrowserTestSupport {

	private static OidcProvider provider;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startProvider() {
		provider = OidcProvider.start();
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@Test
	void aNewUserSignsInThroughTheProviderAndGetsTheDefaultRole() {
		TestTenant tenant = newTenant();
		String domain = setUp(tenant, "marketer");
		String email = "ana@" + domain;
		provider.addUser(email);

		signInThroughProvider(email);

		await(ExpectedConditions.urlMatches(".*/admin$"));
		assertThat(find("[data-test=user-email]").getText()).isEqualTo(email);
		assertThat(find("[data-test=user-role]").getText()).isEqualTo("marketer");
		screenshot("sso-signed-in");
		assertThat(this.accounts.findByEmail(TenantId.of(tenant.id()), email)).hasValueSatisfying((account) -> {
			assertThat(account.role()).isEqualTo(Role.MARKETER);
			assertThat(account.hasPassword()).isFalse();
		});
		long userId = this.accounts.findByEmail(TenantId.of(tenant.id()), email).orElseThrow().id();
		assertThat(this.jdbc.sql("""
				select actor_role || ' ' || (target ->> 'method') || ' ' || status from audit_log
				where tenant_id = :tenant and action = 'sign-in' and actor_type = 'user' and actor_id = :user
				""").param("tenant", tenant.id()).param("user", userId).query(String.class).list())
			.as("the single sign-on is in the audit log, attributed to the new user")
			.containsExactly("marketer sso 200");

		find("#sign-out").click();
		await(ExpectedConditions.urlContains("/admin/login?signed-out"));
		// The provider still knows the browser: it answers at once, and the same user
		// signs in.
		this.browser.get(url("/admin/login"));
		find("#sso-email").sendKeys(email);
		find("#sso-sign-in").click();
		await(ExpectedConditions.urlMatches(".*/admin$"));
		assertThat(find("[data-test=user-email]").getText()).isEqualTo(email);
		assertThat(this.accounts.list(TenantId.of(tenant.id()))).filteredOn((account) -> account.email().equals(email))
			.hasSize(1);
		assertNoConsoleErrors();
	}

	@Test
	void anExistingUserIsMatchedByEmailAndKeepsTheirRole() {
		TestTenant tenant = newTenant();
		String domain = setUp(tenant, "analyst");
		String email = "boss@" + domain;
		this.accounts.create(TenantId.of(tenant.id()), email, Role.OWNER, null);
		provider.addUser(email.toUpperCase());

		signInThroughProvider(email);

		await(ExpectedConditions.urlMatches(".*/admin$"));
		assertThat(find("[data-test=user-role]").getText()).isEqualTo("owner");
	}

	@Test
	void anUnverifiedEmailIsRefused() {
		TestTenant tenant = newTenant();
		String domain = setUp(tenant, "owner");
		String email = "unverified@" + domain;
		provider.addUser(email);

		signInThroughProvider(email);

		await(ExpectedConditions.urlContains("/admin/login?error=sso-unverified"));
		assertThat(find("#login-error").getText()).contains("did not confirm this email");
		assertThat(this.accounts.findByEmail(TenantId.of(tenant.id()), email)).isEmpty();
	}

	@Test
	void anEmailDomainWithoutSingleSignOnIsToldSo() {
		this.browser.get(url("/admin/login"));
		find("#sso-email").sendKeys("someone@no-sso.example");
		clickAndWaitForNextPage("#sso-sign-in");

		assertThat(this.browser.getCurrentUrl()).contains("/admin/login?error=sso-unknown");
	}

	/**
	 * An owner saves the provider on the settings page; the provider learns the redirect
	 * address the page shows. The secret is stored sealed.
	 */
	private String setUp(TestTenant tenant, String defaultRole) {
		String domain = "t" + tenant.id() + ".sso.example";
		String secret = "client-secret-" + tenant.id() + "-never-stored-plain";
		signIn(tenant);
		this.browser.get(url("/admin/settings/sso"));
		find("#issuer").sendKeys(provider.issuer());
		find("#client_id").sendKeys("fanbase-" + tenant.id());
		find("#client_secret").sendKeys(secret);
		find("#email_domain").sendKeys(domain);
		new org.openqa.selenium.support.ui.Select(find("#default_role")).selectByValue(defaultRole);
		clickAndWaitForNextPage("#save-sso");
		assertThat(find("[data-test=sso-state]").getText()).contains("@" + domain);
		provider.register("fanbase-" + tenant.id(), secret, find("#redirect-uri").getText());
		byte[] stored = this.jdbc.sql("select client_secret from tenant_sso where tenant_id = :tenant")
			.param("tenant", tenant.id())
			.query(byte[].class)
			.single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);
		clickAndWaitForNextPage("#sign-out");
		return domain;
	}

	private void signInThroughProvider(String email) {
		this.browser.get(url("/admin/login"));
		find("#sso-email").sendKeys(email);
		find("#sso-sign-in").click();
		await(ExpectedConditions.urlContains(provider.issuer() + "/login"));
		find("#username").sendKeys(email);
		find("#password").sendKeys(OidcProvider.PASSWORD);
		WebElement page = find("html");
		find("button[type=submit]").click();
		awaitGone(page);
	}

}
