package com.fanbase.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Chart.js configurations as JSON for a {@code data-chart} attribute; {@code admin.js}
 * draws every canvas that carries one (colours and common options live there).
 */
final class Charts {

	private static final JsonMapper json = JsonMapper.builder().build();

	private Charts() {
	}

	/** One data series of a chart. */
	record Series(String label, List<? extends Number> data, String type, String axis) {

		static Series of(String label, List<? extends Number> data) {
			return new Series(label, data, null, null);
		}

	}

	static String chart(String type, List<String> labels, List<Series> series, Map<String, Object> options) {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("type", type);
		config.put("labels", labels);
		config.put("datasets", series.stream().map(Charts::dataset).toList());
		config.put("options", options);
		return json.writeValueAsString(config);
	}

	private static Map<String, Object> dataset(Series series) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("label", series.label());
		dataset.put("data", series.data());
		if (series.type() != null) {
			dataset.put("type", series.type());
		}
		if (series.axis() != null) {
			dataset.put("yAxisID", series.axis());
		}
		return dataset;
	}

}
