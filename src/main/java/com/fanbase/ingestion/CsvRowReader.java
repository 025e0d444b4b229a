package com.fanbase.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row naming the fields. Empty cells are absent values. A row's line is
 * the line it starts on, counting the header as line 1.
 */
final class CsvRowReader implements RowReader {

	private static final CSVFormat format = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(true)
		.setAllowMissingColumnNames(false)
		.get();

	@Override
	public void read(InputStream input, RowSink sink) throws IOException {
		Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8);
		CSVParser parser;
		try {
			parser = CSVParser.builder().setReader(reader).setFormat(format).get();
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			sink.broken(1, "The header row is not valid: " + ex.getMessage());
			return;
		}
		List<String> header = parser.getHeaderNames()
			.stream()
			.map((name) -> name.strip().toLowerCase(Locale.ROOT))
			.toList();
		long nextLine = parser.getCurrentLineNumber() + 1;
		Iterator<CSVRecord> records = parser.iterator();
		while (true) {
			CSVRecord record;
			try {
				if (!records.hasNext()) {
					return;
				}
				record = records.next();
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				sink.broken(nextLine, "Malformed CSV: " + rootMessage(ex));
				return;
			}
			long line = nextLine;
			nextLine = parser.getCurrentLineNumber() + 1;
			deliver(record, header, line, sink);
		}
	}

	private static void deliver(CSVRecord record, List<String> header, long line, RowSink sink) {
		if (record.size() != header.size()) {
			sink.unreadable(line, "has " + record.size() + " values but the header has " + header.size());
			return;
		}
		Map<String, Object> values = new HashMap<>(header.size() * 2);
		for (int i = 0; i < header.size(); i++) {
			String value = record.get(i);
			if (!value.isEmpty()) {
				values.put(header.get(i), value);
			}
		}
		sink.row(new RawRow(line, values));
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
