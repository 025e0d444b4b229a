/**
 * The marketer's web admin at {@code /admin}: server-rendered pages (Thymeleaf, htmx,
 * Chart.js from WebJars) over the other modules' public APIs. A tenant's users sign in
 * with email and password (and a TOTP code if they turned it on) or through the tenant's
 * OpenID Connect provider, and act with their role; the operator signs in to the operator
 * console with the operator key. The sign-in lives in a session stored in PostgreSQL so
 * any replica serves it, and forms carry CSRF tokens. The REST API's bearer-key security
 * is untouched: this module has its own filter chains for {@code /admin/**}. Depends on
 * {@code tenants}, {@code accounts}, {@code privacy} (the audit log page),
 * {@code profiles}, {@code segments} (and its {@code rules} catalog), {@code jobs},
 * {@code ingestion}, {@code matching}, {@code exports}, {@code campaigns} and
 * {@code web}; nothing depends on it.
 */
@ApplicationModule(allowedDependencies = { "accounts", "campaigns", "campaigns :: stats", "exports", "ingestion",
		"jobs", "matching", "platforms", "privacy", "profiles", "segments", "segments :: rules", "tenants", "web" })
package com.fanbase.admin;

import org.springframework.modulith.ApplicationModule;
