package com.fanbase.admin;

import java.io.Serial;
import java.time.Clock;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.fanbase.accounts.Account;
import com.fanbase.accounts.AccountExistsException;
import com.fanbase.accounts.Accounts;
import com.fanbase.accounts.SsoConfigurations;
import com.fanbase.accounts.SsoSettings;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;

/**
 * Turns a tenant's OpenID Connect sign-in into one of its users: matched by the verified
 * email of the ID token (an unverified one is refused), created on the first sign-in with
 * the tenant's default role, refused when disabled.
 */
class TenantOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final Accounts accounts;

	private final SsoConfigurations settings;

	private final Tenants tenants;

	private final Clock clock;

	TenantOidcUserService(Accounts accounts, SsoConfigurations settings, Tenants tenants, Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.tenants = tenants;
		this.clock = clock;
	}

	/** The provider's user with the admin user it signs in as. */
	static final class TenantOidcUser extends DefaultOidcUser {

		@Serial
		private static final long serialVersionUID = 1L;

		private final AdminUser user;

		TenantOidcUser(OidcUser oidc, AdminUser user) {
			super(user.authorities(), oidc.getIdToken(), oidc.getUserInfo());
			this.user = user;
		}

		AdminUser user() {
			return this.user;
		}

	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidc = this.delegate.loadUser(request);
		TenantId tenant = TenantClientRegistrations.tenant(request.getClientRegistration().getRegistrationId())
			.orElseThrow(() -> refused(SignInProblem.SSO_FAILED));
		String email = oidc.getEmail();
		if (email == null || !Boolean.TRUE.equals(oidc.getEmailVerified())) {
			throw refused(SignInProblem.SSO_UNVERIFIED);
		}
		Account account = this.accounts.findByEmail(tenant, email).orElseGet(() -> create(tenant, email));
		if (!account.active()) {
			throw refused(SignInProblem.SSO_DISABLED);
		}
		return new TenantOidcUser(oidc, UserAuthenticationProvider.user(account, this.tenants, this.clock));
	}

	private Account create(TenantId tenant, String email) {
		SsoSettings sso = this.settings.find(tenant).orElseThrow(() -> refused(SignInProblem.SSO_FAILED));
		try {
			return this.accounts.create(tenant, email, sso.defaultRole(), null);
		}
		catch (AccountExistsException ex) {
			return this.accounts.findByEmail(tenant, email).orElseThrow(() -> refused(SignInProblem.SSO_FAILED));
		}
	}

	static OAuth2AuthenticationException refused(SignInProblem problem) {
		return new OAuth2AuthenticationException(new OAuth2Error(problem.code()), problem.message());
	}

}
