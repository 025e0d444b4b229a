/**
 * Customer profiles: purchase metrics, weighted preferences, engagement, and churn and
 * value from a BG/NBD + Gamma-Gamma model fitted per tenant (or a heuristic where history
 * is thin). Full rebuilds run as durable jobs in id-range chunks; changed customers are
 * refreshed within a minute from the ingestion change log. Depends on {@code tenants},
 * {@code jobs} and {@code web}.
 */
@ApplicationModule(allowedDependencies = { "database", "jobs", "tenants", "web" })
package com.fanbase.profiles;

import org.springframework.modulith.ApplicationModule;
