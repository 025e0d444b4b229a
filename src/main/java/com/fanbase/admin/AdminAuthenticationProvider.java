package com.fanbase.admin;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.fanbase.tenants.ApiKeys;
import com.fanbase.tenants.Caller;
import com.fanbase.tenants.Tenant;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;

/**
 * Checks the login form: a tenant key signs in for its own tenant; the operator key for
 * the tenant whose id is entered beside it. The key is checked exactly as the API checks
 * a bearer key, and is not kept.
 */
class AdminAuthenticationProvider implements AuthenticationProvider {

	static final String ROLE = "ROLE_ADMIN";

	private final ApiKeys keys;

	private final Tenants tenants;

	AdminAuthenticationProvider(ApiKeys keys, Tenants tenants) {
		this.keys = keys;
		this.tenants = tenants;
	}

	@Override
	public Authentication authenticate(Authentication form) {
		String key = (form.getCredentials() != null) ? form.getCredentials().toString().strip() : "";
		if (key.isEmpty()) {
			throw new SignInRefusedException(SignInProblem.MISSING_KEY);
		}
		Caller caller = this.keys.authenticate(key)
			.orElseThrow(() -> new SignInRefusedException(SignInProblem.INVALID_KEY));
		Long requested = requestedTenant(form.getName());
		AdminUser user = switch (caller) {
			case Caller.TenantMember member -> {
				if (requested != null && requested != member.tenant().value()) {
					throw new SignInRefusedException(SignInProblem.TENANT_MISMATCH);
				}
				yield user(member.tenant(), member.keyId());
			}
			case Caller.Operator operator -> {
				if (requested == null) {
					throw new SignInRefusedException(SignInProblem.TENANT_REQUIRED);
				}
				yield user(TenantId.of(requested), null);
			}
		};
		return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(new SimpleGrantedAuthority(ROLE)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private AdminUser user(TenantId id, Long keyId) {
		Tenant tenant = this.tenants.find(id)
			.orElseThrow(() -> new SignInRefusedException(SignInProblem.TENANT_NOT_FOUND));
		return new AdminUser(id.value(), tenant.name(), tenant.currency(), keyId);
	}

	private static Long requestedTenant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			long id = Long.parseLong(text.strip());
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new SignInRefusedException(SignInProblem.TENANT_INVALID);
	}

}
