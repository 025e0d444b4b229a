package com.fanbase.admin;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fanbase.accounts.Totp;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;
import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team in the browser: the operator invites the first owner, who invites a marketer;
 * links work once; a reset link sets a new password; two-step sign-in with an
 * authenticator code; signing out everywhere.
 */
@IntegrationTest
class TeamBrowserTests extends BrowserTestSupport {

	@Test
	void theOperatorInvitesTheFirstOwnerWhoInvitesAMarketer() {
		TestTenant tenant = newTenant();
		this.browser.get(url("/admin/operator/login"));
		find("#key").sendKeys(Api.OPERATOR_KEY);
		clickAndWaitForNextPage("#sign-in");
		this.browser.get(url("/admin/operator/tenants/" + tenant.id()));
		String owner = "owner-" + tenant.id() + "@example.com";
		find("#invite-email").sendKeys(owner);
		new Select(find("#invite-role")).selectByValue("owner");
		clickAndWaitForNextPage("#invite");
		String ownerLink = find("#issued-link").getText();
		assertThat(ownerLink).startsWith(url("/admin/invitations/"));
		clickAndWaitForNextPage("#sign-out");

		this.browser.get(ownerLink);
		assertThat(find("[data-test=invited-email]").getText()).isEqualTo(owner);
		find("#password").sendKeys("short");
		find("#confirm").sendKeys("short");
		clickAndWaitForNextPage("#set-password");
		assertThat(find("[data-test=error-password]").getText()).contains("at least 12 characters");
		find("#password").sendKeys(PASSWORD);
		find("#confirm").sendKeys(PASSWORD);
		clickAndWaitForNextPage("#set-password");
		await(ExpectedConditions.urlMatches(".*/admin$"));
		assertThat(find("[data-test=user-role]").getText()).isEqualTo("owner");
		assertNoConsoleErrors();

		this.browser.get(url("/admin/team"));
		String marketer = "marketer-" + tenant.id() + "@example.com";
		find("#invite-email").sendKeys(marketer);
		clickAndWaitForNextPage("#invite");
		String marketerLink = find("#issued-link").getText();
		screenshot("team-invitation");
		clickAndWaitForNextPage("#sign-out");
		this.browser.get(marketerLink);
		find("#password").sendKeys(PASSWORD);
		find("#confirm").sendKeys(PASSWORD);
		clickAndWaitForNextPage("#set-password");
		assertThat(find("[data-test=user-role]").getText()).isEqualTo("marketer");
		assertThat(find("[data-test=user-email]").getText()).isEqualTo(marketer);

		clickAndWaitForNextPage("#sign-out");
		this.browser.get(marketerLink);
		assertThat(find("main").getText()).contains("used already or has expired");
		this.browser.get(url("/admin/invitations/not-a-token"));
		assertThat(find("main").getText()).contains("unknown, has been used already or has expired");
	}

	@Test
	void aResetLinkSetsANewPasswordAndTheOldOneStopsWorking() {
		TestTenant tenant = newTenant();
		TestUser forgetful = newUser(tenant, Role.ANALYST);
		signIn(tenant);
		this.browser.get(url("/admin/team"));
		clickAndWaitForNextPage("[data-user='" + forgetful.id() + "'] [data-test=reset-link]");
		String link = find("#issued-link").getText();
		assertThat(link).startsWith(url("/admin/reset/"));
		clickAndWaitForNextPage("#sign-out");

		this.browser.get(link);
		find("#password").sendKeys("a new passphrase for ana");
		find("#confirm").sendKeys("a new passphrase for ana");
		clickAndWaitForNextPage("#set-password");
		assertThat(find("#login-notice").getText()).contains("new password is set");

		signIn(forgetful.email(), PASSWORD, null);
		assertThat(this.browser.getCurrentUrl()).contains("error=invalid-credentials");
		signIn(forgetful.email(), "a new passphrase for ana", null);
		assertThat(find("[data-test=user-email]").getText()).isEqualTo(forgetful.email());
		this.browser.get(link);
		assertThat(find("main").getText()).contains("unknown, has been used already or has expired");
	}

	@Test
	void twoStepSignInAsksForTheAuthenticatorCode() {
		TestTenant tenant = newTenant();
		TestUser user = signIn(tenant, Role.MARKETER);
		this.browser.get(url("/admin/account"));
		clickAndWaitForNextPage("#totp-start");
		String secret = find("#totp-secret").getText();
		assertThat(find("#totp-uri").getText()).startsWith("otpauth://totp/").contains("secret=" + secret);
		find("#totp-code").sendKeys("000000".equals(Totp.codeAt(secret, Instant.now())) ? "111111" : "000000");
		clickAndWaitForNextPage("#totp-confirm");
		assertThat(find("[data-test=error-code]").getText()).contains("not the current code");
		find("#totp-code").sendKeys(Totp.codeAt(secret, Instant.now()));
		clickAndWaitForNextPage("#totp-confirm");
		assertThat(find("[data-test=totp-state]").getText()).startsWith("On");
		clickAndWaitForNextPage("#sign-out");

		signIn(user.email(), PASSWORD, null);
		assertThat(this.browser.getCurrentUrl()).contains("error=code-required");
		signIn(user.email(), PASSWORD, "123456".equals(next(secret)) ? "654321" : "123456");
		assertThat(this.browser.getCurrentUrl()).contains("error=invalid-code");
		String code = next(secret);
		signIn(user.email(), PASSWORD, code);
		assertThat(find("[data-test=user-email]").getText()).isEqualTo(user.email());

		clickAndWaitForNextPage("#sign-out");
		signIn(user.email(), PASSWORD, code);
		assertThat(this.browser.getCurrentUrl()).as("a code works once").contains("error=invalid-code");
	}

	@Test
	void signingOutEverywhereEndsEverySessionOfTheUser() {
		TestTenant tenant = newTenant();
		TestUser user = signIn(tenant, Role.ANALYST);
		String first = this.browser.manage().getCookieNamed("SESSION").getValue();
		this.browser.manage().deleteAllCookies();
		signIn(user.email(), PASSWORD, null);
		assertThat(find("[data-test=user-email]").getText()).isEqualTo(user.email());

		this.browser.get(url("/admin/account"));
		clickAndWaitForNextPage("#sign-out-everywhere");
		assertThat(this.browser.getCurrentUrl()).contains("/admin/login?signed-out");

		this.browser.manage().deleteAllCookies();
		this.browser.manage().addCookie(new org.openqa.selenium.Cookie("SESSION", first, "/"));
		this.browser.get(url("/admin/profiles"));
		await(ExpectedConditions.urlContains("/admin/login?error=session-ended"));
		assertThat(this.accounts.require(TenantId.of(tenant.id()), user.id()).active()).isTrue();
	}

	/** The code of the next step: the one the confirmation used is spent. */
	private static String next(String secret) {
		return Totp.codeAt(secret, Instant.now().plusSeconds(30));
	}

}
