/**
 * Event targeting: every customer of a tenant scored for an event with the seed's
 * weighted factors (set-based over {@code customer_profiles}), the best stored in
 * {@code event_recommendations} with their reasons, static segments made from them,
 * conversions of recommended customers tracked from ingested orders, and the conversion
 * performance per score band. Generation runs by itself when an event is ingested or
 * changes ({@code ingestion.RecordsChanged}). Depends on {@code tenants}, {@code jobs},
 * {@code ingestion} (its change event), {@code segments} (static segments) and
 * {@code web}.
 */
@ApplicationModule(allowedDependencies = { "database", "ingestion", "jobs", "profiles", "segments", "tenants", "web" })
package com.fanbase.matching;

import org.springframework.modulith.ApplicationModule;
