package com.fanbase.database;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Maps a result row to JSON-ready values keyed by column label: timestamps as instants,
 * dates as ISO text, arrays as lists, {@code jsonb} as JSON trees, fixed-width text
 * trimmed.
 */
public final class JsonRows {

	private static final JsonMapper json = JsonMapper.builder().build();

	private JsonRows() {
	}

	public static Map<String, Object> map(ResultSet rs, int row) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			values.put(meta.getColumnLabel(i), value(rs, i, meta.getColumnTypeName(i)));
		}
		return values;
	}

	/** A {@code timestamptz} column as an instant, or null. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	private static Object value(ResultSet rs, int column, String type) throws SQLException {
		return switch (type) {
			case "timestamptz" -> {
				OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
				yield (time != null) ? time.toInstant() : null;
			}
			case "_text" -> {
				Array array = rs.getArray(column);
				yield (array != null) ? Arrays.asList((Object[]) array.getArray()) : null;
			}
			case "bpchar" -> {
				String text = rs.getString(column);
				yield (text != null) ? text.strip() : null;
			}
			case "jsonb", "json" -> {
				String text = rs.getString(column);
				yield (text != null) ? json.readTree(text) : null;
			}
			case "date" -> rs.getString(column);
			default -> rs.getObject(column);
		};
	}

}
