/**
 * The dashboard: a tenant's profiles, segments, exports, campaigns, the events whose
 * recommended customers bought, and plan usage, in one read. Reads other modules through
 * their APIs ({@code profiles.Profiles}, {@code campaigns.stats.CampaignReports},
 * {@code tenants.Tenants} and {@code Plan}) and, where they have none, their tables with
 * read-only SQL. Writes nothing. Depends on {@code profiles}, {@code campaigns} (its
 * {@code stats} interface), {@code database} and {@code tenants}.
 */
@ApplicationModule(allowedDependencies = { "campaigns :: stats", "database", "profiles", "tenants" })
package com.fanbase.dashboard;

import org.springframework.modulith.ApplicationModule;
