package com.fanbase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.fanbase.ingestion.IngestionReport;
import com.fanbase.ingestion.Ingestor;
import com.fanbase.ingestion.InputFormat;
import com.fanbase.ingestion.RecordKind;
import com.fanbase.tenants.TenantId;

/**
 * Loads files of customers, events, orders and activities, straight into the database or,
 * with {@code --url}, through a running service's ingestion API. A directory is loaded in
 * dependency order: events and customers before the orders and activities that refer to
 * them.
 */
final class IngestCommand {

	static final String USAGE = """
			ingest --tenant ID [--kind customers|events|orders|activities] [--url URL --key KEY] FILE|DIR...
			  Files are NDJSON (.ndjson, .jsonl), JSON (.json) or CSV (.csv), optionally gzipped (.gz).
			  The kind comes from --kind or from the file name (orders-2024.csv.gz is orders).
			  Without --url the rows go straight to the configured database (stop a service that
			  uses the same embedded data directory first); with --url and --key they are streamed
			  to that service. Exit status: 0 all rows stored, 3 some rows rejected, 1 failure.""";

	private static final List<RecordKind> LOAD_ORDER = List.of(RecordKind.EVENTS, RecordKind.CUSTOMERS,
			RecordKind.ORDERS, RecordKind.ACTIVITIES);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final PrintStream out;

	private final Supplier<Ingestor> ingestor;

	IngestCommand(PrintStream out, Supplier<Ingestor> ingestor) {
		this.out = out;
		this.ingestor = ingestor;
	}

	int run(Arguments args) throws IOException, InterruptedException {
		long tenant = args.longOption("tenant", -1);
		if (tenant <= 0 || args.positional().isEmpty()) {
			throw new Arguments.UsageException("ingest needs --tenant and at least one file or directory");
		}
		Optional<RecordKind> kind = Optional.ofNullable(args.options().get("kind")).map(this::kind);
		String url = args.options().get("url");
		HttpIngestion http = (url != null) ? new HttpIngestion(url, args.option("key", ""), tenant) : null;
		boolean anyRejected = false;
		for (Path file : files(args.positional())) {
			RecordKind fileKind = kind.or(() -> kindOf(file))
				.orElseThrow(() -> new Arguments.UsageException("Cannot tell the kind of " + file + "; use --kind"));
			InputFormat format = InputFormat.forFileName(file.getFileName().toString())
				.orElseThrow(() -> new Arguments.UsageException("Unknown file type: " + file));
			Summary summary = load(file, fileKind, format, TenantId.of(tenant), http);
			this.out.println(summary.describe(file, fileKind));
			anyRejected |= summary.rejected() > 0 || !summary.complete();
		}
		return anyRejected ? 3 : 0;
	}

	private Summary load(Path file, RecordKind kind, InputFormat format, TenantId tenant, HttpIngestion http)
			throws IOException, InterruptedException {
		ProgressBar progress = new ProgressBar(Files.newInputStream(file), kind.id(), Files.size(file), System.err,
				System.console() != null);
		try (InputStream input = file.toString().endsWith(".gz") ? new GZIPInputStream(progress, 1 << 16) : progress) {
			Summary summary = (http != null) ? Summary.of(http.post(kind, format, input))
					: Summary.of(this.ingestor.get().ingest(tenant, kind, format, input));
			progress.done();
			return summary;
		}
	}

	private RecordKind kind(String name) {
		return RecordKind.find(name).orElseThrow(() -> new Arguments.UsageException("Unknown kind: " + name));
	}

	private static Optional<RecordKind> kindOf(Path file) {
		String name = file.getFileName().toString().toLowerCase();
		return LOAD_ORDER.stream().filter((kind) -> name.startsWith(kind.id())).findFirst();
	}

	private static List<Path> files(List<String> arguments) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			if (Files.isDirectory(path)) {
				try (Stream<Path> entries = Files.list(path)) {
					entries
						.filter((entry) -> kindOf(entry).isPresent()
								&& InputFormat.forFileName(entry.getFileName().toString()).isPresent())
						.sorted(Comparator.comparing((Path entry) -> LOAD_ORDER.indexOf(kindOf(entry).orElseThrow()))
							.thenComparing(Path::toString))
						.forEach(files::add);
				}
			}
			else if (Files.isRegularFile(path)) {
				files.add(path);
			}
			else {
				throw new Arguments.UsageException("No such file or directory: " + argument);
			}
		}
		return files;
	}

	/** The parts of a report the command prints, from either path. */
	record Summary(long received, long upserted, long rejected, boolean complete, String errors) {

		static Summary of(IngestionReport report) {
			return new Summary(report.received(), report.upserted(), report.rejected(), report.complete(),
					json.writeValueAsString(report.errors().stream().limit(10).toList()));
		}

		static Summary of(JsonNode report) {
			return new Summary(report.path("received").asLong(), report.path("upserted").asLong(),
					report.path("rejected").asLong(), report.path("stream_error").isMissingNode(),
					json.writeValueAsString(report.path("errors")));
		}

		String describe(Path file, RecordKind kind) {
			String line = "%s (%s): %,d received, %,d stored, %,d rejected%s".formatted(file, kind.id(), this.received,
					this.upserted, this.rejected, this.complete ? "" : ", stream broken");
			return (this.rejected > 0) ? line + "\n  first errors: " + this.errors : line;
		}

	}

}
