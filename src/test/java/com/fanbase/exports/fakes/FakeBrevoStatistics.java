package com.fanbase.exports.fakes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fanbase.exports.fakes.FakeServer.Reply;
import com.fanbase.exports.fakes.FakeServer.Request;

/**
 * Brevo's email campaign statistics: {@code GET
 * /emailCampaigns/{id}?statistics=globalStats} answers the campaign's
 * {@code statistics.globalStats} as set by the test, per API key (so tests in other
 * tenants cannot see each other's campaigns). Any other {@code statistics} filter is
 * refused: the sync asks for {@code globalStats} only.
 */
public final class FakeBrevoStatistics {

	private static final Reply BAD = Reply.json(400, Map.of("code", "invalid_parameter", "message", "Invalid"));

	private final Map<String, Map<String, Object>> campaigns = new ConcurrentHashMap<>();

	/** Brevo's global statistics of the key's campaign from now on. */
	public void set(String apiKey, long campaignId, Map<String, Object> globalStats) {
		this.campaigns.put(apiKey + "/" + campaignId, globalStats);
	}

	/** The reply when the request is a statistics read, else null. */
	Reply handle(Request request, String path) {
		if (!request.method().equals("GET") || !path.matches("/emailCampaigns/[0-9]+")
				|| !request.query().containsKey("statistics")) {
			return null;
		}
		FakeServer.check(request.query().get("statistics").equals("globalStats"),
				"statistics filter " + request.query().get("statistics"), BAD);
		String id = path.substring("/emailCampaigns/".length());
		Map<String, Object> stats = this.campaigns.get(FakeBrevo.token(request) + "/" + id);
		if (stats == null) {
			return Reply.json(404, Map.of("code", "document_not_found", "message", "Campaign ID does not exist"));
		}
		return Reply.json(200, Map.of("id", Long.parseLong(id), "name", "campaign", "status", "sent", "statistics",
				Map.of("globalStats", stats, "campaignStats", java.util.List.of())));
	}

}
