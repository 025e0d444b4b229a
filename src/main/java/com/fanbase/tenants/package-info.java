/**
 * Tenants, their API keys (each with a {@link com.fanbase.tenants.Role}) and plans, and
 * who is calling: the operator key may act for any tenant, a tenant key only for its own
 * and only as its role allows; every caller names its {@link com.fanbase.tenants.Actor}
 * for the audit log. Everything else resolves its {@link TenantId} here, once, at the web
 * edge. Depends on {@code web} for problem details.
 */
@ApplicationModule(allowedDependencies = { "web" })
package com.fanbase.tenants;

import org.springframework.modulith.ApplicationModule;
