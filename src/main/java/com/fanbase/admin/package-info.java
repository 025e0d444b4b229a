/**
 * The marketer's web admin at {@code /admin}: server-rendered pages (Thymeleaf, htmx,
 * Chart.js from WebJars) over the other modules' public APIs. A marketer signs in with a
 * tenant key (the operator with the operator key and a tenant id); the sign-in lives in a
 * session stored in PostgreSQL so any replica serves it, and forms carry CSRF tokens. The
 * REST API's bearer-key security is untouched: this module has its own filter chain for
 * {@code /admin/**}. Depends on {@code tenants}, {@code profiles}, {@code segments} (and
 * its {@code rules} catalog), {@code jobs}, {@code ingestion}, {@code matching},
 * {@code exports}, {@code campaigns} and {@code web}; nothing depends on it.
 */
package com.fanbase.admin;
