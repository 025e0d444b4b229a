/**
 * The change pipeline: one durable path from an ingested row to the ad audience. Hops
 * (ingested rows → the customers they touch → their profiles → their segment memberships
 * → lookalikes marked stale → export deltas) hand work to each other through the
 * {@code pipeline_changes} outbox (the first hop through ingestion's
 * {@code customer_changes}), each claimed with {@code skip locked} and done in the
 * transaction that writes the next hop's row, so replicas share the work, and a crash
 * between hops loses nothing and does nothing twice. Bulk loads stay set-based, and
 * time-relative rules are re-evaluated as time passes
 * ({@link com.fanbase.changes.SegmentClock}). Depends on {@code profiles},
 * {@code segments}, {@code exports}, {@code jobs} and {@code tenants}; nothing depends on
 * it.
 */
@ApplicationModule(allowedDependencies = { "exports", "jobs", "profiles", "segments", "tenants" })
package com.fanbase.changes;

import org.springframework.modulith.ApplicationModule;
