/**
 * Audience exports, the engine: a segment's consented, unsuppressed members sent to any
 * platform of the {@code platforms} registry and kept in step by delta syncs. It streams
 * members in bounded memory, has the platform's adapter encode them, batches them to the
 * adapter's limits, runs the export state machine, records every request and refreshes
 * expiring audiences; the wire formats, credentials and HTTP client are in
 * {@code platforms}. The {@code customer_suppressions} table and
 * {@link com.fanbase.exports.Suppressions} are the public place where other modules
 * record who must never be exported or mailed, and
 * {@link com.fanbase.exports.AudienceRule} the one statement in SQL of who may be sent
 * anything. Depends on {@code platforms}, {@code tenants}, {@code jobs}, {@code segments}
 * (and its member table), {@code web}, {@code database} and the {@code customers} table
 * of {@code ingestion}.
 */
@ApplicationModule(allowedDependencies = { "database", "jobs", "platforms", "segments", "tenants", "web" })
package com.fanbase.exports;

import org.springframework.modulith.ApplicationModule;
