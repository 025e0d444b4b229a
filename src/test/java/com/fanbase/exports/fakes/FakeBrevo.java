package com.fanbase.exports.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;

import com.fanbase.exports.fakes.FakeServer.Reply;
import com.fanbase.exports.fakes.FakeServer.Request;

/**
 * Brevo's API v3 for lists and contacts: {@code api-key} header, folders and lists,
 * {@code /contacts/import} with a JSON body and list ids, removal of at most 150 emails
 * per call. A key starting with {@code bad} is unknown (401).
 */
public final class FakeBrevo {

	public static final int MAX_REMOVE = 150;

	private static final Reply BAD = Reply.json(400, Map.of("code", "invalid_parameter", "message", "Invalid"));

	private final FakeServer.Audiences lists = new FakeServer.Audiences();

	public final Map<String, Map<String, String>> attributes = new ConcurrentHashMap<>();

	public final List<Integer> importSizes = new CopyOnWriteArrayList<>();

	public final FakeBrevoStatistics statistics = new FakeBrevoStatistics();

	static String token(Request request) {
		return request.header("api-key");
	}

	public Set<String> members(String list) {
		return this.lists.of(list);
	}

	public boolean exists(String list) {
		return this.lists.exists(list);
	}

	Reply handle(Request request) {
		String key = token(request);
		if (key == null || key.startsWith("bad")) {
			return Reply.json(401, Map.of("code", "unauthorized", "message", "Key not found"));
		}
		String path = request.path().replaceFirst("^/v3", "");
		Reply statistics = this.statistics.handle(request, path);
		if (statistics != null) {
			return statistics;
		}
		if (path.equals("/contacts/folders") && request.method().equals("POST")) {
			FakeServer.check(!request.json().path("name").asString("").isBlank(), "folder name", BAD);
			return Reply.json(201, Map.of("id", 7));
		}
		if (path.equals("/contacts/lists") && request.method().equals("POST")) {
			JsonNode body = request.json();
			FakeServer.check(!body.path("name").asString("").isBlank() && body.path("folderId").isNumber(),
					"list " + body, BAD);
			return Reply.json(201, Map.of("id", Long.parseLong(this.lists.create())));
		}
		if (path.equals("/contacts/import") && request.method().equals("POST")) {
			return importContacts(request.json());
		}
		if (path.matches("/contacts/lists/[0-9]+/contacts/remove") && request.method().equals("POST")) {
			return remove(path.split("/")[3], request.json());
		}
		if (path.matches("/contacts/lists/[0-9]+")) {
			String id = path.substring("/contacts/lists/".length());
			if (!this.lists.exists(id)) {
				return Reply.json(404, Map.of("code", "document_not_found", "message", "List ID does not exist"));
			}
			if (request.method().equals("DELETE")) {
				this.lists.delete(id);
				return new Reply(204, Map.of(), "");
			}
			return Reply.json(200, Map.of("id", Long.parseLong(id), "name", "list", "totalSubscribers",
					this.lists.of(id).size(), "uniqueSubscribers", this.lists.of(id).size()));
		}
		throw new FakeServer.Violation("unknown " + request.method() + " " + path, BAD);
	}

	private Reply importContacts(JsonNode body) {
		JsonNode listIds = body.path("listIds");
		FakeServer.check(listIds.size() == 1 && this.lists.exists(listIds.path(0).asString()), "listIds " + listIds,
				BAD);
		FakeServer.check(body.path("updateExistingContacts").asBoolean(false), "updateExistingContacts not true", BAD);
		JsonNode contacts = body.path("jsonBody");
		FakeServer.check(contacts.isArray() && contacts.size() >= 1, "jsonBody", BAD);
		FakeServer.check(body.toString().length() < 10_000_000, "jsonBody over 10 MB", BAD);
		for (JsonNode contact : contacts) {
			String email = contact.path("email").asString("");
			FakeServer.check(email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && email.equals(email.toLowerCase()),
					"email " + email, BAD);
			this.lists.of(listIds.path(0).asString()).add(email);
			Map<String, String> values = new java.util.HashMap<>();
			contact.path("attributes")
				.properties()
				.forEach((field) -> values.put(field.getKey(), field.getValue().asString()));
			this.attributes.put(email, values);
		}
		this.importSizes.add(contacts.size());
		return Reply.json(202, Map.of("processId", 78));
	}

	private Reply remove(String list, JsonNode body) {
		FakeServer.check(this.lists.exists(list), "unknown list " + list, BAD);
		JsonNode emails = body.path("emails");
		FakeServer.check(emails.isArray() && emails.size() >= 1 && emails.size() <= MAX_REMOVE,
				"emails " + emails.size(), BAD);
		List<String> success = new ArrayList<>();
		List<String> failure = new ArrayList<>();
		for (JsonNode email : emails) {
			(this.lists.of(list).remove(email.asString()) ? success : failure).add(email.asString());
		}
		return Reply.json(201,
				Map.of("contacts", Map.of("success", success, "failure", failure, "total", emails.size())));
	}

}
