package com.fanbase.matching;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fanbase.ingestion.IngestionReport;
import com.fanbase.ingestion.Ingestor;
import com.fanbase.ingestion.InputFormat;
import com.fanbase.ingestion.RecordKind;
import com.fanbase.tenants.TenantId;

/**
 * A tenant loaded with everything known before the cutoff (all customers and events, but
 * only the orders and activities before it), and the held-out events, which went on sale
 * after the cutoff, with the customers who bought each.
 */
record Replay(String name, TenantId tenant, Instant cutoff, long customers, Map<Long, Set<Long>> buyers) {

	static void ingest(Ingestor ingestor, TenantId tenant, RecordKind kind, InputStream ndjson) throws IOException {
		IngestionReport report = ingestor.ingest(tenant, kind, InputFormat.NDJSON, ndjson);
		if (report.rejected() > 0) {
			throw new IllegalStateException(
					kind.id() + ": " + report.rejected() + " rows rejected, first " + report.errors().get(0));
		}
	}

	static void ingest(Ingestor ingestor, TenantId tenant, RecordKind kind, String ndjson) throws IOException {
		ingest(ingestor, tenant, kind, new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)));
	}

	static void ingest(Ingestor ingestor, TenantId tenant, RecordKind kind, Path ndjson) throws IOException {
		try (InputStream input = Files.newInputStream(ndjson)) {
			ingest(ingestor, tenant, kind, input);
		}
	}

}
