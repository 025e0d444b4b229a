package com.fanbase.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.Tenant;
import com.fanbase.tenants.TenantId;
import com.fanbase.tenants.Tenants;

/**
 * Entry point of ingestion for the API, the command line and the demo loader.
 */
@Component
public class Ingestor {

	/** How many rejected rows a report lists; the counts are always complete. */
	public static final int MAX_REPORTED_ERRORS = 1000;

	private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

	private final Map<RecordKind, RecordType> types = new EnumMap<>(RecordKind.class);

	private final BatchWriter writer;

	private final Tenants tenants;

	private final Clock clock;

	private final MeterRegistry meters;

	private final int batchSize;

	/**
	 * Where batches are written while their requests read on; one virtual thread per
	 * batch.
	 */
	private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();

	Ingestor(List<RecordType> types, BatchWriter writer, Tenants tenants, Clock clock, MeterRegistry meters,
			@Value("${fanbase.ingestion.batch-size:10000}") int batchSize) {
		types.forEach((type) -> this.types.put(type.kind(), type));
		this.writer = writer;
		this.tenants = tenants;
		this.clock = clock;
		this.meters = meters;
		this.batchSize = batchSize;
	}

	/**
	 * Starts a run that rows can be pushed into, for callers that produce rows
	 * themselves.
	 */
	public IngestionRun start(TenantId tenantId, RecordKind kind) {
		Tenant tenant = this.tenants.require(tenantId);
		StagingContext context = new StagingContext(tenant.currency(), LocalDate.now(this.clock));
		return new IngestionRun(this.types.get(kind), tenantId, context, this.writer, this.batchSize, this.writers);
	}

	/** Reads a whole stream in the given format and stores its good rows. */
	public IngestionReport ingest(TenantId tenant, RecordKind kind, InputFormat format, InputStream input)
			throws IOException {
		long started = System.nanoTime();
		IngestionRun run = start(tenant, kind);
		try {
			format.reader().read(input, run);
		}
		catch (IOException ex) {
			// The body broke off (bad gzip, an inflation limit, a client gone): what was
			// read before is kept and reported.
			run.cut("The input broke off: " + ex.getMessage());
		}
		IngestionReport report = run.finish();
		record(tenant, kind, report, started);
		return report;
	}

	private void record(TenantId tenant, RecordKind kind, IngestionReport report, long started) {
		this.meters.counter("fanbase.ingestion.rows", "kind", kind.id(), "outcome", "upserted")
			.increment(report.upserted());
		this.meters.counter("fanbase.ingestion.rows", "kind", kind.id(), "outcome", "rejected")
			.increment(report.rejected());
		log.info("Ingested {} for tenant {}: {} received, {} upserted, {} rejected{} in {} ms", kind.id(), tenant,
				report.received(), report.upserted(), report.rejected(),
				report.complete() ? "" : ", stream broken at line " + report.streamError().line(),
				(System.nanoTime() - started) / 1_000_000);
	}

}
