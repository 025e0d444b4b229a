package com.fanbase.ingestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Newline-delimited JSON. Lines are independent, so a malformed line (including a last
 * line cut off mid-object) is rejected on its own and every other line is still read.
 */
final class NdjsonRowReader implements RowReader {

	private static final int MAX_LINE = 1 << 20;

	private static final ObjectReader rowReader = JsonMapper.builder().build().readerFor(Map.class);

	@Override
	public void read(InputStream input, RowSink sink) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
		long line = 0;
		for (String text = reader.readLine(); text != null; text = reader.readLine()) {
			line++;
			if (text.isBlank()) {
				continue;
			}
			if (text.length() > MAX_LINE) {
				sink.unreadable(line, "is longer than " + MAX_LINE + " characters");
				continue;
			}
			readLine(text, line, sink);
		}
	}

	private static void readLine(String text, long line, RowSink sink) {
		if (text.stripLeading().charAt(0) != '{') {
			sink.unreadable(line, "must be a JSON object");
			return;
		}
		Map<String, Object> values;
		try {
			values = rowReader.readValue(text);
		}
		catch (JacksonException ex) {
			sink.unreadable(line, "is not valid JSON: " + ex.getOriginalMessage());
			return;
		}
		sink.row(new RawRow(line, values));
	}

}
