package com.fanbase.demo;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a generated world as files: one NDJSON file per kind of row, plus
 * {@code orders.csv} with the same orders for a plain {@code COPY} baseline.
 */
public final class DemoFiles {

	/** No separator between root values: each object is followed by its own newline. */
	private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator("").build();

	private static final String ORDERS_HEADER = "id,customer_id,event_id,total_cents,currency,tickets,status,placed_at";

	private DemoFiles() {
	}

	/**
	 * Writes {@code events.ndjson}, {@code customers.ndjson}, {@code orders.ndjson},
	 * {@code activities.ndjson} and {@code orders.csv} into {@code dir}, creating it if
	 * needed and replacing existing files.
	 */
	public static void write(TicketingDataGenerator generator, Path dir) throws IOException {
		Files.createDirectories(dir);
		ndjson(dir.resolve("events.ndjson"), generator::events);
		ndjson(dir.resolve("customers.ndjson"), generator::customers);
		writeOrders(generator, dir);
		ndjson(dir.resolve("activities.ndjson"), generator::activities);
	}

	private static void ndjson(Path file, Consumer<Consumer<Map<String, Object>>> rows) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
				JsonGenerator json = JSON.createGenerator(out)) {
			rows.accept((row) -> writeObject(json, row));
		}
	}

	/** One pass over the orders feeds both files, so they hold the same rows. */
	private static void writeOrders(TicketingDataGenerator generator, Path dir) throws IOException {
		try (OutputStream jsonOut = new BufferedOutputStream(Files.newOutputStream(dir.resolve("orders.ndjson")),
				1 << 16);
				JsonGenerator json = JSON.createGenerator(jsonOut);
				Writer csv = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve("orders.csv")),
						StandardCharsets.UTF_8), 1 << 16)) {
			csv.write(ORDERS_HEADER);
			csv.write('\n');
			generator.orders((row) -> {
				writeObject(json, row);
				writeCsvLine(csv, row);
			});
		}
	}

	private static void writeObject(JsonGenerator json, Map<String, Object> row) {
		json.writeStartObject();
		for (Map.Entry<String, Object> field : row.entrySet()) {
			json.writeName(field.getKey());
			writeValue(json, field.getValue());
		}
		json.writeEndObject();
		json.writeRaw('\n');
	}

	private static void writeValue(JsonGenerator json, Object value) {
		switch (value) {
			case null -> json.writeNull();
			case String text -> json.writeString(text);
			case Long number -> json.writeNumber(number);
			case Integer number -> json.writeNumber(number);
			case Boolean bool -> json.writeBoolean(bool);
			case List<?> list -> {
				json.writeStartArray();
				for (Object item : list) {
					writeValue(json, item);
				}
				json.writeEndArray();
			}
			default -> throw new IllegalArgumentException("Unsupported value type " + value.getClass());
		}
	}

	private static void writeCsvLine(Writer csv, Map<String, Object> row) {
		try {
			boolean first = true;
			for (Object value : row.values()) {
				if (!first) {
					csv.write(',');
				}
				csv.write(csvField(value));
				first = false;
			}
			csv.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** RFC 4180 quoting; an empty unquoted field is PostgreSQL's NULL. */
	private static String csvField(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return '"' + text.replace("\"", "\"\"") + '"';
			}
		}
		return text;
	}

}
