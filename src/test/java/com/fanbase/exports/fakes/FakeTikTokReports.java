package com.fanbase.exports.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

import com.fanbase.exports.fakes.FakeServer.Reply;
import com.fanbase.exports.fakes.FakeServer.Request;

/**
 * TikTok's synchronous report, {@code GET /report/integrated/get/}, as the API for
 * Business documents it: {@code advertiser_id}, {@code report_type=BASIC},
 * {@code data_level=AUCTION_CAMPAIGN}, JSON-array {@code dimensions} and {@code metrics},
 * {@code query_lifetime=true} and a {@code campaign_ids} IN {@code filtering}; answers
 * the envelope with one row per known campaign, {@code spend} a decimal string, per
 * access token and advertiser.
 */
public final class FakeTikTokReports {

	private final Map<String, String> spend = new ConcurrentHashMap<>();

	public void set(String token, String advertiser, String campaign, String spend) {
		this.spend.put(token + "/" + advertiser + "/" + campaign, spend);
	}

	Reply handle(Request request) {
		Map<String, String> query = request.query();
		Reply bad = FakeTikTok.error(40002, "Invalid parameter");
		FakeServer.check(request.method().equals("GET"), "report with " + request.method(), bad);
		FakeServer.check(query.get("advertiser_id") != null, "no advertiser_id", bad);
		FakeServer.check("BASIC".equals(query.get("report_type")), "report_type " + query.get("report_type"), bad);
		FakeServer.check("AUCTION_CAMPAIGN".equals(query.get("data_level")), "data_level " + query.get("data_level"),
				bad);
		FakeServer.check("[\"campaign_id\"]".equals(json(query.get("dimensions")).toString()),
				"dimensions " + query.get("dimensions"), bad);
		FakeServer.check(json(query.get("metrics")).toString().contains("\"spend\""), "metrics " + query.get("metrics"),
				bad);
		FakeServer.check("true".equals(query.get("query_lifetime")), "query_lifetime", bad);
		JsonNode filter = json(query.get("filtering")).path(0);
		FakeServer.check(
				filter.path("field_name").asString("").equals("campaign_ids")
						&& filter.path("filter_type").asString("").equals("IN"),
				"filtering " + query.get("filtering"), bad);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (JsonNode id : json(filter.path("filter_value").asString("[]"))) {
			String value = this.spend
				.get(FakeTikTok.token(request) + "/" + query.get("advertiser_id") + "/" + id.asString());
			if (value != null) {
				rows.add(Map.of("dimensions", Map.of("campaign_id", id.asString()), "metrics", Map.of("spend", value)));
			}
		}
		return Reply.json(200, Map.of("code", 0, "message", "OK", "request_id", "2026112414", "data",
				Map.of("list", rows, "page_info", Map.of("page", 1, "page_size", 10, "total_number", rows.size()))));
	}

	private static JsonNode json(String text) {
		try {
			return FakeServer.json.readTree((text == null) ? "null" : text);
		}
		catch (RuntimeException ex) {
			throw new FakeServer.Violation("not JSON: " + text, FakeTikTok.error(40002, "Invalid JSON"));
		}
	}

}
