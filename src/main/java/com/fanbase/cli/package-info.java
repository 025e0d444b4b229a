/**
 * The command-line entry points of the jar: {@code ingest} for backfills from files and
 * {@code generate} for demo and benchmark data. Depends on the public APIs of
 * {@code ingestion}, {@code tenants} and {@code demo}.
 */
@ApplicationModule(allowedDependencies = { "demo", "ingestion", "tenants" })
package com.fanbase.cli;

import org.springframework.modulith.ApplicationModule;
