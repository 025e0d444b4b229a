package com.fanbase.accounts;

import java.time.Instant;

import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;

/**
 * A user of a tenant's admin, as it may be shown: never the password hash or TOTP secret.
 *
 * @param sessionsValidFrom sessions that began before this have ended (signed out
 * everywhere, password reset)
 */
public record Account(long id, TenantId tenant, String email, Role role, boolean hasPassword, boolean totpEnabled,
		Instant sessionsValidFrom, Instant createdAt, Instant disabledAt) {

	public boolean active() {
		return this.disabledAt == null;
	}

}
