package com.fanbase.tenants.web;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.fanbase.tenants.Caller;

/**
 * A request authenticated by an API key: the operator's, or a tenant key with its role.
 * The secret is not kept.
 */
class ApiKeyAuthentication extends AbstractAuthenticationToken {

	static final String OPERATOR = "ROLE_OPERATOR";

	static final String TENANT = "ROLE_TENANT";

	private final Caller caller;

	ApiKeyAuthentication(Caller caller) {
		super(authorities(caller));
		this.caller = caller;
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> authorities(Caller caller) {
		return switch (caller) {
			case Caller.Operator operator -> List.of(new SimpleGrantedAuthority(OPERATOR));
			case Caller.TenantMember member ->
				List.of(new SimpleGrantedAuthority(TENANT), new SimpleGrantedAuthority(member.role().authority()));
		};
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
