package com.fanbase.profiles;

import java.time.Instant;
import java.util.List;

import com.fanbase.tenants.TenantId;

/**
 * Published inside the transaction that refreshed the profiles of some changed customers,
 * so the next hop (their segment memberships) is recorded atomically with them.
 *
 * @param customers the customers whose profiles were rebuilt
 * @param changedAt when the oldest of the changes they carry was ingested
 */
public record ProfilesRefreshed(TenantId tenant, List<Long> customers, Instant changedAt) {

}
