/**
 * Segments of a tenant's customers: criteria (see {@code segments.rules}) and their
 * preview, dynamic, static and lookalike segments, membership refreshed by difference
 * with history. Depends on {@code tenants}, {@code jobs}, {@code web} and the
 * {@code profile_facts} and {@code customer_profiles} tables that {@code profiles}
 * maintains.
 */
@ApplicationModule(allowedDependencies = { "database", "profiles", "tenants", "web" })
package com.fanbase.segments;

import org.springframework.modulith.ApplicationModule;
