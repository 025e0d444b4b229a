package com.fanbase.tenants;

import java.time.Instant;

/**
 * A promoter, venue or festival using Fanbase through its ticketing platform.
 */
public record Tenant(TenantId id, String name, String currency, Plan plan, Instant createdAt) {

}
