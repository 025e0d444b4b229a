package com.fanbase.accounts;

import java.time.Instant;

import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;

/**
 * A single-use link as it may be shown: what it is for, for whom, until when. Its token
 * is only in the link handed out ({@link IssuedLink}).
 */
public record AccountLink(long id, TenantId tenant, Purpose purpose, String email, Role role, Long userId,
		Instant expiresAt) {

	public enum Purpose {

		INVITATION, RESET;

		public String id() {
			return name().toLowerCase();
		}

	}

	/**
	 * A link just made: its token, shown once (to the one who made it) and stored hashed.
	 */
	public record IssuedLink(AccountLink link, String token) {
	}

}
