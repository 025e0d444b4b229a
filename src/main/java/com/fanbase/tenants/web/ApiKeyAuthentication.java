package com.fanbase.tenants.web;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.fanbase.tenants.Caller;

/**
 * A request authenticated by an API key. The secret is not kept.
 */
class ApiKeyAuthentication extends AbstractAuthenticationToken {

	static final String OPERATOR = "ROLE_OPERATOR";

	static final String TENANT = "ROLE_TENANT";

	private final Caller caller;

	ApiKeyAuthentication(Caller caller) {
		super(List.of(new SimpleGrantedAuthority((caller instanceof Caller.Operator) ? OPERATOR : TENANT)));
		this.caller = caller;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.caller;
	}

}
