package com.fanbase.ingestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import com.fanbase.tenants.TenantId;
import com.fanbase.web.TextLimits;

/**
 * One ingestion request in progress: validates rows as they arrive, writes them in
 * batches, and keeps the tally. Memory stays bounded by the batch size and the number of
 * errors listed.
 */
public final class IngestionRun implements RowSink {

	private final RecordType type;

	private final TenantId tenant;

	private final StagingContext context;

	private final BatchWriter writer;

	private final int batchSize;

	private final ExecutorService writers;

	private CopyRows batch = new CopyRows();

	private CopyRows spare = new CopyRows();

	private Future<List<RowError>> inFlight;

	private final List<RowError> errors = new ArrayList<>();

	private long received;

	private long rejected;

	private RowError streamError;

	private long lastLine;

	IngestionRun(RecordType type, TenantId tenant, StagingContext context, BatchWriter writer, int batchSize,
			ExecutorService writers) {
		this.type = type;
		this.tenant = tenant;
		this.context = context;
		this.writer = writer;
		this.batchSize = batchSize;
		this.writers = writers;
	}

	@Override
	public void row(RawRow raw) {
		this.received++;
		this.lastLine = raw.line();
		Fields fields = new Fields(raw.values());
		checkTenant(fields);
		this.batch.begin(raw.line());
		this.type.stage(fields, this.batch, this.context);
		checkText(fields, raw.values());
		if (fields.valid()) {
			this.batch.commit();
			if (this.batch.rows() >= this.batchSize) {
				flush();
			}
		}
		else {
			this.batch.rollback();
			reject(new RowError(raw.line(), fields.id(), List.copyOf(fields.errors())));
		}
	}

	@Override
	public void unreadable(long line, String message) {
		this.received++;
		this.lastLine = line;
		reject(new RowError(line, null, List.of(new RowError.FieldError(null, message))));
	}

	@Override
	public void broken(long line, String message) {
		this.streamError = new RowError(line, null, List.of(new RowError.FieldError(null, message)));
	}

	/** Records that the input ended early, after the last row read. */
	void cut(String message) {
		if (this.streamError == null) {
			broken(this.lastLine + 1, message);
		}
	}

	/** Writes what is left and reports on the whole run. */
	public IngestionReport finish() {
		flush();
		awaitInFlight();
		this.errors.sort(Comparator.comparingLong(RowError::line));
		boolean truncated = this.rejected > this.errors.size();
		return new IngestionReport(this.received, this.received - this.rejected, this.rejected,
				List.copyOf(this.errors), truncated ? Boolean.TRUE : null, this.streamError);
	}

	private void flush() {
		if (this.batch.rows() == 0) {
			return;
		}
		awaitInFlight();
		CopyRows full = this.batch;
		this.batch = this.spare;
		this.spare = full;
		this.inFlight = this.writers.submit(() -> this.writer.write(this.type, this.tenant, full));
	}

	private void awaitInFlight() {
		if (this.inFlight == null) {
			return;
		}
		try {
			this.inFlight.get().forEach(this::reject);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while a batch was written", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		finally {
			this.inFlight = null;
			this.spare.clear();
		}
	}

	private void reject(RowError error) {
		this.rejected++;
		if (this.errors.size() < Ingestor.MAX_REPORTED_ERRORS) {
			this.errors.add(error);
		}
	}

	/**
	 * The API's one rule for text (no NUL, at most the field's maximum), for fields the
	 * row's type found nothing else wrong with.
	 */
	private static void checkText(Fields fields, Map<String, Object> values) {
		Set<String> faulty = new HashSet<>();
		fields.errors().forEach((error) -> faulty.add(error.field()));
		values.forEach((name, value) -> {
			if (faulty.contains(name)) {
				return;
			}
			String problem = switch (value) {
				case String text -> TextLimits.problem(name, text);
				case List<?> list -> list.stream()
					.filter(String.class::isInstance)
					.map((element) -> TextLimits.problem(name, (String) element))
					.filter(Objects::nonNull)
					.findFirst()
					.orElse(null);
				case null, default -> null;
			};
			if (problem != null) {
				fields.error(name, problem);
			}
		});
	}

	private void checkTenant(Fields fields) {
		Long rowTenant = fields.has("tenant_id") ? fields.optionalId("tenant_id") : null;
		if (rowTenant != null && rowTenant != this.tenant.value()) {
			fields.error("tenant_id", "differs from the tenant this request acts for");
		}
	}

}
