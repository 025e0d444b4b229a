package com.fanbase.admin;

import java.util.List;
import java.util.Map;

/**
 * An event's recommendation performance as a chart: recommended and converted customers
 * per score band as bars on the left axis, the conversion rate in percent as a line on
 * the right one, best band first.
 */
final class EventPerformanceChart {

	private EventPerformanceChart() {
	}

	/** The chart for a performance answer, or null when nothing was recommended. */
	@SuppressWarnings("unchecked")
	static String of(Map<String, Object> performance) {
		List<Map<String, Object>> bands = (List<Map<String, Object>>) performance.get("bands");
		if (bands == null || ((Number) performance.get("recommended")).longValue() == 0) {
			return null;
		}
		List<Number> rates = bands.stream()
			.map((band) -> (Number) (Math.round(((Number) band.get("conversion_rate")).doubleValue() * 1000) / 10.0))
			.toList();
		return Charts.chart("bar", bands.stream().map((band) -> (String) band.get("band")).toList(),
				List.of(new Charts.Series("Recommended", numbers(bands, "recommended"), null, "y"),
						new Charts.Series("Converted", numbers(bands, "converted"), null, "y"),
						new Charts.Series("Conversion rate %", rates, "line", "rate")),
				Map.of("scales",
						Map.of("y",
								Map.of("beginAtZero", true, "position", "left", "title",
										Map.of("display", true, "text", "Customers")),
								"rate",
								Map.of("beginAtZero", true, "max", 100, "position", "right", "grid",
										Map.of("drawOnChartArea", false), "title",
										Map.of("display", true, "text", "Conversion rate %")))));
	}

	private static List<Number> numbers(List<Map<String, Object>> bands, String key) {
		return bands.stream().map((band) -> (Number) band.get(key)).toList();
	}

}
