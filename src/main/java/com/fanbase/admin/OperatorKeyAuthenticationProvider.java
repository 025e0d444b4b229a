package com.fanbase.admin;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.fanbase.tenants.ApiKeys;
import com.fanbase.tenants.Caller;

/**
 * Signs the operator in to the operator console with the operator key, checked exactly as
 * the API checks it, and not kept. Tenant keys do not sign in anywhere in the admin.
 */
class OperatorKeyAuthenticationProvider implements AuthenticationProvider {

	private final ApiKeys keys;

	OperatorKeyAuthenticationProvider(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	public Authentication authenticate(Authentication form) {
		String key = (form.getCredentials() != null) ? form.getCredentials().toString().strip() : "";
		if (key.isEmpty()) {
			throw new SignInRefusedException(SignInProblem.MISSING_KEY);
		}
		if (!(this.keys.authenticate(key).orElse(null) instanceof Caller.Operator)) {
			throw new SignInRefusedException(SignInProblem.INVALID_KEY);
		}
		return UsernamePasswordAuthenticationToken.authenticated(new OperatorUser(), null,
				List.of(new SimpleGrantedAuthority(OperatorUser.AUTHORITY)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
