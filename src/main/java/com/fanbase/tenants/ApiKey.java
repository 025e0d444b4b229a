package com.fanbase.tenants;

import java.time.Instant;

/**
 * A tenant key as it may be shown after it was issued: never the secret itself.
 */
public record ApiKey(long id, TenantId tenantId, String name, String prefix, Role role, Instant createdAt) {

}
