/**
 * Ingestion: the core's customers, events, orders and activities, upserted by the core's
 * own ids, one at a time or as streams of millions of rows (JSON, NDJSON, CSV) in bounded
 * memory. Bad rows are reported by line and the rest are kept. Each batch is validated
 * row by row in Java, copied into a temporary staging table with {@code COPY}, checked
 * against its references and merged with one set-based upsert; batches of events and
 * orders announce the records they changed ({@link com.fanbase.ingestion.RecordsChanged})
 * once committed. Depends on {@code tenants} and {@code web}.
 */
@ApplicationModule(allowedDependencies = { "database", "tenants", "web" })
package com.fanbase.ingestion;

import org.springframework.modulith.ApplicationModule;
