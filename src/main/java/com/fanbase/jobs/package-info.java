/**
 * Durable background jobs of a tenant (profile rebuilds, segment refreshes, exports,
 * sends) and recurring schedules, run on db-scheduler over PostgreSQL: a job survives a
 * restart, runs once across replicas, reports its progress, and at most one job of a type
 * runs per tenant at a time. Modules contribute {@link com.fanbase.jobs.JobHandler}s.
 * Depends on {@code tenants} and {@code web}.
 */
@ApplicationModule(allowedDependencies = { "database", "tenants", "web" })
package com.fanbase.jobs;

import org.springframework.modulith.ApplicationModule;
