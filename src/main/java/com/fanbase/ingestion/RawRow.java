package com.fanbase.ingestion;

import java.util.Map;

/**
 * One row as read from a request or file, before validation.
 *
 * @param line the row's line in an NDJSON or CSV stream, or its 1-based position in a
 * JSON array
 * @param values field values: strings, numbers, booleans, lists, or {@code null}
 */
public record RawRow(long line, Map<String, Object> values) {

}
