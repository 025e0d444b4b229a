package com.fanbase.accounts;

import java.time.Instant;

import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;

/**
 * A tenant's OpenID Connect sign-in, as it may be shown: the client secret is sealed and
 * never part of it.
 *
 * @param emailDomain the domain whose addresses are sent to this provider from the
 * sign-in page
 * @param defaultRole the role of a user created on their first single sign-on
 */
public record SsoSettings(TenantId tenant, String issuer, String clientId, String emailDomain, Role defaultRole,
		Instant updatedAt) {

}
