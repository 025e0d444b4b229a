package com.fanbase.profiles;

import java.time.Instant;

import com.fanbase.tenants.TenantId;

/**
 * Published when every profile of a tenant has been rebuilt, so what is derived from
 * profiles (segment memberships) can follow.
 */
public record ProfilesRebuilt(TenantId tenant, Instant asOf) {

}
