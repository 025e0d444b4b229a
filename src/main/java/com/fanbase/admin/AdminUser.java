package com.fanbase.admin;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.fanbase.tenants.Actor;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;

/**
 * Who is signed in to the admin, for which tenant and with which role. It is kept in the
 * shared session, so it is serialisable and holds no secret.
 *
 * @param signedInAt when this session began: a user's sessions that began before their
 * {@code sessions_valid_from} have ended
 */
record AdminUser(long tenantId, String tenantName, String currency, long userId, String email, Role role,
		Instant signedInAt) implements AuthenticatedPrincipal, Serializable, Actor.Attributed {

	@Serial
	private static final long serialVersionUID = 2L;

	@Override
	public TenantId tenant() {
		return TenantId.of(this.tenantId);
	}

	@Override
	public Actor actor() {
		return Actor.user(this.userId, this.role);
	}

	public boolean owner() {
		return this.role == Role.OWNER;
	}

	/**
	 * Whether this user's role includes the named one: for pages to show what it may use.
	 */
	public boolean may(String role) {
		return this.role.includes(Role.valueOf(role.toUpperCase()));
	}

	List<GrantedAuthority> authorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	/** Names the session's owner without PII: the session table's principal column. */
	@Override
	public String getName() {
		return "user-" + this.userId;
	}

}
