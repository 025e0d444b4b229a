package com.fanbase.ingestion;

import java.io.InputStream;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON object or an array of objects. Array elements are read one at a time, so an
 * array of millions of rows needs no more memory than one. A row's "line" is its position
 * in the array.
 */
final class JsonRowReader implements RowReader {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	// Jackson 3 checks for trailing tokens by default; inside an array the next element
	// follows.
	private static final ObjectReader rowReader = mapper.readerFor(Map.class)
		.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	@Override
	public void read(InputStream input, RowSink sink) {
		long position = 0;
		try (JsonParser parser = mapper.createParser(input)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_OBJECT) {
				sink.row(new RawRow(1, rowReader.readValue(parser)));
				return;
			}
			if (first != JsonToken.START_ARRAY) {
				sink.broken(1, "The body must be a JSON object or an array of objects.");
				return;
			}
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				position++;
				if (token == null) {
					sink.broken(position, "The array ends before its closing bracket.");
					return;
				}
				if (token == JsonToken.START_OBJECT) {
					sink.row(new RawRow(position, rowReader.readValue(parser)));
				}
				else {
					parser.skipChildren();
					sink.unreadable(position, "must be a JSON object");
				}
			}
		}
		catch (JacksonException ex) {
			sink.broken(Math.max(position, 1), "Malformed JSON: " + ex.getOriginalMessage());
		}
	}

}
