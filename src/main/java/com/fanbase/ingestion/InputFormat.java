package com.fanbase.ingestion;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats rows can arrive in.
 */
public enum InputFormat {

	/** One JSON object, or a JSON array of objects (streamed, never loaded whole). */
	JSON(new JsonRowReader()),

	/**
	 * Newline-delimited JSON: one object per line; a bad line is rejected and the rest
	 * read.
	 */
	NDJSON(new NdjsonRowReader()),

	/** CSV with a header row (RFC 4180 quoting); lists are separated by {@code |}. */
	CSV(new CsvRowReader());

	private final RowReader reader;

	InputFormat(RowReader reader) {
		this.reader = reader;
	}

	RowReader reader() {
		return this.reader;
	}

	/** The format of a request body, from its media type without parameters. */
	public static Optional<InputFormat> forMediaType(String type) {
		return switch (type.toLowerCase(Locale.ROOT)) {
			case "application/json" -> Optional.of(JSON);
			case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines" ->
				Optional.of(NDJSON);
			case "text/csv", "application/csv" -> Optional.of(CSV);
			default -> Optional.empty();
		};
	}

	/**
	 * The format of a file, from its name ({@code orders.ndjson},
	 * {@code customers.csv.gz}).
	 */
	public static Optional<InputFormat> forFileName(String name) {
		String lower = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
		if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
			return Optional.of(NDJSON);
		}
		if (lower.endsWith(".json")) {
			return Optional.of(JSON);
		}
		return lower.endsWith(".csv") ? Optional.of(CSV) : Optional.empty();
	}

}
