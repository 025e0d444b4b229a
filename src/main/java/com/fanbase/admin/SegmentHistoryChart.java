package com.fanbase.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A segment's refresh history as a chart: size as a line on the left axis, members who
 * entered and left per refresh as bars on the right one, oldest first.
 */
final class SegmentHistoryChart {

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

	private SegmentHistoryChart() {
	}

	/** The chart for history rows given newest first, or null without any. */
	static String of(List<Map<String, Object>> newestFirst) {
		if (newestFirst.isEmpty()) {
			return null;
		}
		List<Map<String, Object>> rows = newestFirst.reversed();
		return Charts.chart("bar", rows.stream().map((row) -> LABEL.format((Instant) row.get("refreshed_at"))).toList(),
				List.of(new Charts.Series("Size", numbers(rows, "size"), "line", "y"),
						new Charts.Series("Entered", numbers(rows, "added"), null, "changes"),
						new Charts.Series("Left", numbers(rows, "removed"), null, "changes")),
				Map.of("scales", Map.of("y",
						Map.of("beginAtZero", true, "position", "left", "title",
								Map.of("display", true, "text", "Members")),
						"changes",
						Map.of("beginAtZero", true, "position", "right", "grid", Map.of("drawOnChartArea", false),
								"title", Map.of("display", true, "text", "Entered / left")))));
	}

	private static List<Number> numbers(List<Map<String, Object>> rows, String column) {
		return rows.stream().map((row) -> (Number) row.get(column)).toList();
	}

}
