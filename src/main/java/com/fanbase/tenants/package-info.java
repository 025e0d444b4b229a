/**
 * Tenants, their API keys and plans, and who is calling: the operator key may act for any
 * tenant, a tenant key only for its own. Everything else resolves its {@link TenantId}
 * here, once, at the web edge. Depends on {@code web} for problem details.
 */
package com.fanbase.tenants;
