package com.fanbase.exports.fakes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fanbase.exports.fakes.FakeServer.Reply;
import com.fanbase.exports.fakes.FakeServer.Request;

/**
 * Meta's Insights API for one campaign, as the Marketing API reference documents it:
 * {@code GET /{campaign-id}/insights} with {@code fields} naming {@code spend} and
 * {@code date_preset=maximum}; answers {@code data} rows with {@code spend} as a decimal
 * string, per access token (so tests in other tenants cannot see each other's campaigns);
 * a campaign the token does not know is Meta's error 100.
 */
public final class FakeMetaInsights {

	private final Map<String, String> spend = new ConcurrentHashMap<>();

	/** The campaign's lifetime spend in major units; "" for a campaign with no rows. */
	public void set(String token, String campaign, String spend) {
		this.spend.put(token + "/" + campaign, spend);
	}

	/** The reply when the request is an insights read, else null. */
	Reply handle(Request request, String path) {
		if (!path.matches("/[^/]+/insights")) {
			return null;
		}
		Reply bad = FakeMeta.error(400, 100, "Invalid parameter");
		FakeServer.check(request.method().equals("GET"), "insights with " + request.method(), bad);
		FakeServer.check(List.of(request.query().getOrDefault("fields", "").split(",")).contains("spend"),
				"insights fields " + request.query().get("fields"), bad);
		FakeServer.check("maximum".equals(request.query().get("date_preset")),
				"date_preset " + request.query().get("date_preset"), bad);
		String campaign = path.split("/")[1];
		String value = this.spend.get(FakeMeta.token(request) + "/" + campaign);
		if (value == null) {
			return FakeMeta.error(400, 100, "Unsupported get request. Object with ID '" + campaign
					+ "' does not exist, cannot be loaded due to missing permissions, or does not support this operation");
		}
		List<Map<String, String>> rows = value.isEmpty() ? List.of()
				: List.of(Map.of("spend", value, "date_start", "2026-01-01", "date_stop", "2026-11-24"));
		return Reply.json(200, Map.of("data", rows, "paging", Map.of("cursors", Map.of("before", "MAZDZD"))));
	}

}
