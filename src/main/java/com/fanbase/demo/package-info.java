/**
 * Demo and benchmark data: a deterministic synthetic ticketing world (the generator
 * itself depends on nothing else in Fanbase), and, with the {@code demo} profile, the
 * demo tenant filled with it through {@code ingestion}, keyed through {@code tenants},
 * with an owner from {@code accounts} to sign in to the admin.
 */
@ApplicationModule(allowedDependencies = { "accounts", "ingestion", "tenants" })
package com.fanbase.demo;

import org.springframework.modulith.ApplicationModule;
