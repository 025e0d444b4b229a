package com.fanbase.exports.fakes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

import com.fanbase.exports.fakes.FakeServer.Reply;
import com.fanbase.exports.fakes.FakeServer.Request;

/**
 * Brevo's email campaigns (platforms.md §4.4) and import processes (§4.3):
 * {@code POST /emailCampaigns} with name, sender {name, email}, subject, htmlContent and
 * recipients.listIds of an existing list (scheduledAt, if given, in UTC
 * {@code YYYY-MM-DDTHH:mm:ss.SSSZ}); {@code POST /emailCampaigns/{id}/sendNow} once
 * (again: 400 {@code campaign_sent}); {@code GET /emailCampaigns} lists a key's campaigns
 * with their tags; {@code GET /processes/{id}} answers completed.
 */
public final class FakeBrevoCampaigns {

	private static final Reply BAD = Reply.json(400, Map.of("code", "invalid_parameter", "message", "Invalid"));

	private final FakeBrevo lists;

	private final AtomicLong ids = new AtomicLong(500);

	/** Campaigns created, by id, with the key that created them. */
	public final Map<Long, Created> created = new ConcurrentHashMap<>();

	/** The keys that made a folder, once per folder made. */
	public final List<String> folderCreations = new CopyOnWriteArrayList<>();

	/** Ids of campaigns sent, once per accepted sendNow. */
	public final List<Long> sent = new CopyOnWriteArrayList<>();

	FakeBrevoCampaigns(FakeBrevo lists) {
		this.lists = lists;
	}

	/** The campaigns a key created. */
	public List<Created> createdWith(String key) {
		return this.created.values().stream().filter((campaign) -> campaign.key().equals(key)).toList();
	}

	/** The request, if it is one of these endpoints; null otherwise. */
	Reply handle(String path, Request request) {
		if (path.equals("/contacts/folders")) {
			return folders(request);
		}
		if (path.equals("/emailCampaigns") && request.method().equals("POST")) {
			return create(request);
		}
		if (path.equals("/emailCampaigns") && request.method().equals("GET")) {
			return list(request);
		}
		if (path.matches("/emailCampaigns/[0-9]+/sendNow") && request.method().equals("POST")) {
			return sendNow(Long.parseLong(path.split("/")[2]));
		}
		if (path.matches("/processes/[0-9]+") && request.method().equals("GET")) {
			return Reply.json(200, Map.of("id", Long.parseLong(path.split("/")[2]), "status", "completed"));
		}
		return null;
	}

	private Reply create(Request request) {
		JsonNode body = request.json();
		FakeServer.check(!body.path("name").asString("").isBlank(), "name missing", BAD);
		JsonNode sender = body.path("sender");
		FakeServer.check(
				sender.isObject() && !sender.path("name").asString("").isBlank()
						&& sender.path("email").asString("").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
				"sender " + sender, BAD);
		FakeServer.check(!body.path("subject").asString("").isBlank(), "subject missing", BAD);
		FakeServer.check(!body.path("htmlContent").asString("").isBlank(), "htmlContent missing", BAD);
		JsonNode listIds = body.path("recipients").path("listIds");
		FakeServer.check(listIds.isArray() && listIds.size() >= 1, "recipients.listIds " + listIds, BAD);
		for (JsonNode list : listIds) {
			FakeServer.check(list.isIntegralNumber() && this.lists.exists(list.asString()), "unknown list " + list,
					BAD);
		}
		if (body.has("scheduledAt")) {
			FakeServer.check(
					body.path("scheduledAt")
						.asString("")
						.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
					"scheduledAt " + body.path("scheduledAt"), BAD);
		}
		long id = this.ids.incrementAndGet();
		this.created.put(id, new Created(id, request.header("api-key"), body,
				Set.copyOf(this.lists.members(listIds.path(0).asString()))));
		return Reply.json(201, Map.of("id", id));
	}

	/**
	 * {@code GET /contacts/folders} lists the "Fanbase" folder once a key has made it
	 * (the making itself is {@link FakeBrevo}'s, which answers id 7).
	 */
	private Reply folders(Request request) {
		String key = request.header("api-key");
		if (request.method().equals("POST")) {
			this.folderCreations.add(key);
			return null;
		}
		FakeServer.check(request.query().containsKey("limit") && request.query().containsKey("offset"),
				"folders without limit and offset", BAD);
		List<Map<String, Object>> folders = (this.folderCreations.contains(key)
				&& request.query().get("offset").equals("0")) ? List.of(Map.of("id", 7, "name", "Fanbase")) : List.of();
		return Reply.json(200, Map.of("folders", folders, "count", folders.size()));
	}

	/**
	 * {@code GET /emailCampaigns}: a key's campaigns, newest first, filtered by status.
	 */
	private Reply list(Request request) {
		String status = request.query().get("status");
		FakeServer.check(
				status == null
						|| List.of("draft", "sent", "queued", "suspended", "in_process", "archive").contains(status),
				"status " + status, BAD);
		int limit = Integer.parseInt(request.query().getOrDefault("limit", "50"));
		FakeServer.check(limit >= 0 && limit <= 100, "limit " + limit, BAD);
		List<Map<String, Object>> campaigns = this.created.values()
			.stream()
			.filter((campaign) -> campaign.key().equals(request.header("api-key")))
			.filter((campaign) -> status == null || status.equals(this.sent.contains(campaign.id()) ? "sent" : "draft"))
			.sorted((a, b) -> Long.compare(b.id(), a.id()))
			.limit(limit)
			.map((campaign) -> Map.<String, Object>of("id", campaign.id(), "name",
					campaign.body().path("name").asString(), "tag", campaign.body().path("tag").asString(""), "status",
					this.sent.contains(campaign.id()) ? "sent" : "draft"))
			.toList();
		return Reply.json(200, Map.of("campaigns", campaigns, "count", campaigns.size()));
	}

	private Reply sendNow(long id) {
		if (!this.created.containsKey(id)) {
			return Reply.json(404, Map.of("code", "document_not_found", "message", "Campaign ID does not exist"));
		}
		if (this.sent.contains(id)) {
			return Reply.json(400, Map.of("code", "campaign_sent", "message", "Campaign has been already sent"));
		}
		this.sent.add(id);
		return new Reply(204, Map.of(), "");
	}

	/**
	 * A campaign as created: the key, the request body, and the list's members when it
	 * was created.
	 */
	public record Created(long id, String key, JsonNode body, Set<String> recipients) {
	}

}
