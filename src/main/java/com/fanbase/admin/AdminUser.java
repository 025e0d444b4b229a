package com.fanbase.admin;

import java.io.Serial;
import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

import com.fanbase.tenants.TenantId;

/**
 * Who is signed in to the admin and for which tenant. It is kept in the shared session,
 * so it is serialisable and holds no secret: only the id of the key that signed in (none
 * for the operator key).
 *
 * @param keyId the tenant key used, or null when the operator signed in
 */
record AdminUser(long tenantId, String tenantName, String currency,
		Long keyId) implements AuthenticatedPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public TenantId tenant() {
		return TenantId.of(this.tenantId);
	}

	public boolean operator() {
		return this.keyId == null;
	}

	/** Names the session's owner without a secret: shown in the session table only. */
	@Override
	public String getName() {
		return (this.keyId != null) ? "tenant-" + this.tenantId + "-key-" + this.keyId : "operator-" + this.tenantId;
	}

}
