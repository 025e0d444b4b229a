package com.fanbase.exports.fakes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;

import com.fanbase.exports.fakes.FakeServer.Reply;
import com.fanbase.exports.fakes.FakeServer.Request;

/**
 * Meta's Marketing API as the Customer File Custom Audiences guide documents it: form
 * bodies with {@code access_token}, JSON {@code payload} and {@code session}, at most
 * 10,000 rows, batch numbers from 1 without gaps or repeats within a session, nothing
 * after the last batch. A token starting with {@code bad} is an invalid OAuth token
 * (190).
 */
public final class FakeMeta {

	public static final int MAX_ROWS = 10_000;

	private final FakeServer.Audiences audiences = new FakeServer.Audiences();

	private final Map<Long, int[]> sessions = new ConcurrentHashMap<>();

	private final Set<Long> closed = ConcurrentHashMap.newKeySet();

	public final List<Batch> batches = new CopyOnWriteArrayList<>();

	public final FakeMetaInsights insights = new FakeMetaInsights();

	public record Batch(String token, String audience, String method, long session, int seq, boolean last, int rows) {
	}

	static String token(Request request) {
		String token = request.query().get("access_token");
		return (token != null) ? token : request.form().get("access_token");
	}

	public Set<String> members(String audience) {
		return this.audiences.of(audience);
	}

	public boolean exists(String audience) {
		return this.audiences.exists(audience);
	}

	public List<Batch> batches(String token) {
		return this.batches.stream().filter((batch) -> batch.token().equals(token)).toList();
	}

	Reply handle(Request request) {
		String token = token(request);
		FakeServer.check(token != null && !token.isBlank(), "no access_token", error(400, 100, "Missing token"));
		if (token.startsWith("bad")) {
			return error(400, 190, "Invalid OAuth access token - Cannot parse access token");
		}
		String path = request.path().replaceFirst("^/v[0-9.]+", "");
		Reply insights = this.insights.handle(request, path);
		if (insights != null) {
			return insights;
		}
		if (path.matches("/act_[0-9]+/customaudiences") && request.method().equals("POST")) {
			return create(request.form());
		}
		if (path.matches("/[0-9]+/sessions") && request.method().equals("GET")) {
			return sessions(request);
		}
		if (path.matches("/[0-9]+/users")) {
			return users(request, token, path.split("/")[1]);
		}
		String audience = path.substring(1);
		FakeServer.check(this.audiences.exists(audience), "unknown audience " + audience, error(400, 100, "Unknown"));
		if (request.method().equals("GET")) {
			long size = this.audiences.of(audience).size();
			return Reply.json(200, Map.of("id", audience, "approximate_count_lower_bound", size,
					"approximate_count_upper_bound", size + 100, "operation_status", Map.of("code", 200)));
		}
		FakeServer.check(request.method().equals("DELETE"), "unexpected " + request.method(), error(400, 100, "?"));
		this.audiences.delete(audience);
		return Reply.json(200, "{\"success\":true}");
	}

	private Reply create(Map<String, String> form) {
		FakeServer.check(form.get("name") != null && !form.get("name").isBlank(), "create without name",
				error(400, 100, "name"));
		FakeServer.check("CUSTOM".equals(form.get("subtype")), "subtype is not CUSTOM", error(400, 100, "subtype"));
		FakeServer.check(List.of("USER_PROVIDED_ONLY", "PARTNER_PROVIDED_ONLY", "BOTH_USER_AND_PARTNER_PROVIDED")
			.contains(form.get("customer_file_source")), "bad customer_file_source", error(400, 100, "source"));
		return Reply.json(200, Map.of("id", this.audiences.create()));
	}

	private Reply users(Request request, String token, String audience) {
		FakeServer.check(request.method().equals("POST") || request.method().equals("DELETE"),
				"users with " + request.method(), error(400, 100, "method"));
		FakeServer.check(this.audiences.exists(audience), "users of unknown audience", error(400, 100, "audience"));
		FakeServer.check(request.header("content-type").startsWith("application/x-www-form-urlencoded"),
				"users body is not a form", error(400, 100, "form"));
		Map<String, String> form = request.form();
		JsonNode payload = FakeServer.json.readTree(form.getOrDefault("payload", "{}"));
		JsonNode session = FakeServer.json.readTree(form.getOrDefault("session", "{}"));
		FakeServer.check(payload.path("schema").equals(FakeServer.json.valueToTree(List.of("EMAIL", "PHONE"))),
				"schema " + payload.path("schema"), error(400, 100, "schema"));
		JsonNode data = payload.path("data");
		FakeServer.check(data.isArray() && data.size() >= 1 && data.size() <= MAX_ROWS, "rows " + data.size(),
				error(400, 100, "rows"));
		long id = session.path("session_id").asLong(0);
		int seq = session.path("batch_seq").asInt(0);
		boolean last = session.path("last_batch_flag").asBoolean(false);
		FakeServer.check(id > 0 && session.path("last_batch_flag").isBoolean(), "session " + session,
				error(400, 100, "session"));
		int received;
		synchronized (this.sessions) {
			FakeServer.check(!this.closed.contains(id), "batch after the last one in session " + id,
					error(400, 2650, "Session already finished"));
			int[] previous = this.sessions.computeIfAbsent(id, (key) -> new int[] { 0, 0 });
			FakeServer.check(seq == previous[0] + 1, "batch_seq " + seq + " after " + previous[0] + " in session " + id,
					error(400, 2650, "Wrong batch_seq"));
			previous[0] = seq;
			previous[1] += data.size();
			received = previous[1];
			if (last) {
				this.closed.add(id);
			}
		}
		for (JsonNode row : data) {
			FakeServer.check(row.size() == 2, "row of " + row.size(), error(400, 100, "row"));
			String email = row.path(0).asString();
			String phone = row.path(1).asString();
			FakeServer.check(
					(email.isEmpty() || FakeServer.isHash(email)) && (phone.isEmpty() || FakeServer.isHash(phone))
							&& !(email.isEmpty() && phone.isEmpty()),
					"row not hashed: " + row, error(400, 100, "hash"));
			if (request.method().equals("POST")) {
				this.audiences.of(audience).add(email + "|" + phone);
			}
			else {
				this.audiences.of(audience).remove(email + "|" + phone);
			}
		}
		this.batches.add(new Batch(token, audience, request.method(), id, seq, last, data.size()));
		return Reply.json(200, Map.of("audience_id", audience, "session_id", id, "num_received", received,
				"num_invalid_entries", 0, "invalid_entry_samples", Map.of()));
	}

	/**
	 * The Custom Audience Session reference: {@code GET /{audience}/sessions} with a
	 * {@code session_id} lists that session with how many users it received so far.
	 */
	private Reply sessions(Request request) {
		long id = Long.parseLong(request.query().getOrDefault("session_id", "0"));
		int[] session = this.sessions.get(id);
		if (session == null) {
			return Reply.json(200, Map.of("data", List.of()));
		}
		return Reply.json(200,
				Map.of("data", List.of(Map.of("session_id", id, "num_received", session[1], "num_matched", session[1],
						"num_invalid_entries", 0, "stage", this.closed.contains(id) ? "processing" : "uploading"))));
	}

	static Reply error(int status, int code, String message) {
		return Reply.json(status, Map.of("error",
				Map.of("message", message, "type", "OAuthException", "code", code, "fbtrace_id", "AbC")));
	}

}
