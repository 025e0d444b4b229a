package com.fanbase.admin;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import com.fanbase.accounts.Account;
import com.fanbase.accounts.AccountCredentials;
import com.fanbase.accounts.SignInResult;
import com.fanbase.tenants.Actor;
import com.fanbase.tenants.Tenant;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;

/**
 * Checks the sign-in form: email, password and, for a user with a second factor, the
 * authenticator code. Nothing typed is kept.
 */
class UserAuthenticationProvider implements AuthenticationProvider {

	private final AccountCredentials credentials;

	private final Tenants tenants;

	private final Clock clock;

	UserAuthenticationProvider(AccountCredentials credentials, Tenants tenants, Clock clock) {
		this.credentials = credentials;
		this.tenants = tenants;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication form) {
		String email = (form.getName() != null) ? form.getName().strip() : "";
		String password = (form.getCredentials() != null) ? form.getCredentials().toString() : "";
		if (email.isEmpty() || password.isEmpty()) {
			throw new SignInRefusedException(SignInProblem.MISSING_CREDENTIALS);
		}
		SignInDetails details = (form.getDetails() instanceof SignInDetails given) ? given
				: new SignInDetails(null, null);
		SignInResult result = this.credentials.signIn(email, password, details.code(), tenant(details.tenantId()));
		return switch (result) {
			case SignInResult.SignedIn signedIn -> authenticated(signedIn.account());
			case SignInResult.Refused refused -> throw new SignInRefusedException(switch (refused.reason()) {
				case INVALID_CREDENTIALS -> SignInProblem.INVALID_CREDENTIALS;
				case CODE_REQUIRED -> SignInProblem.CODE_REQUIRED;
				case INVALID_CODE -> SignInProblem.INVALID_CODE;
				case TENANT_REQUIRED -> SignInProblem.TENANT_REQUIRED;
			}, (refused.account() != null) ? named(refused.account()) : null);
		};
	}

	Authentication authenticated(Account account) {
		AdminUser user = user(account, this.tenants, this.clock);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
	}

	static AdminUser user(Account account, Tenants tenants, Clock clock) {
		Tenant tenant = tenants.require(account.tenant());
		return new AdminUser(tenant.id().value(), tenant.name(), tenant.currency(), account.id(), account.email(),
				account.role(), clock.instant());
	}

	/** Whom a refused sign-in is attributed to: the user, by id and role only. */
	private static Actor.Attributed named(Account account) {
		return new Actor.Attributed() {

			@Override
			public Actor actor() {
				return Actor.user(account.id(), account.role());
			}

			@Override
			public TenantId tenant() {
				return account.tenant();
			}

		};
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static TenantId tenant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			long id = Long.parseLong(text.strip());
			if (id > 0) {
				return TenantId.of(id);
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new SignInRefusedException(SignInProblem.TENANT_INVALID);
	}

}
