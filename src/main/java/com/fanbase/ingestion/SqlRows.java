package com.fanbase.ingestion;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps a row to JSON-ready values: timestamps as instants, arrays as lists, dates as ISO
 * text.
 */
final class SqlRows {

	private SqlRows() {
	}

	static Map<String, Object> map(ResultSet rs, int row) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			values.put(meta.getColumnLabel(i), value(rs, i, meta.getColumnTypeName(i)));
		}
		return values;
	}

	private static Object value(ResultSet rs, int column, String type) throws SQLException {
		return switch (type) {
			case "timestamptz" -> {
				OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
				yield (time != null) ? time.toInstant() : null;
			}
			case "date" -> {
				String date = rs.getString(column);
				yield date;
			}
			case "_text" -> {
				Array array = rs.getArray(column);
				yield (array != null) ? Arrays.asList((Object[]) array.getArray()) : null;
			}
			case "bpchar" -> {
				String text = rs.getString(column);
				yield (text != null) ? text.strip() : null;
			}
			default -> rs.getObject(column);
		};
	}

}
