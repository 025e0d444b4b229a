package com.fanbase.exports;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.fanbase.platforms.Direction;

/**
 * A sync's checkpoint, saved with each acknowledged batch: the phase, the last customer
 * id done (the cursor), the number of the last batch sent in the phase's upload session
 * and what the session needs to continue, and the counters so far.
 */
record RunState(Direction phase, long cursor, int seq, String session, String audienceId, long sent, long removed,
		long rejected, long skipped, boolean full, boolean hadMembers) {

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * A new sync; {@code full} re-sends every eligible member (an expiry refresh);
	 * {@code hadMembers} says whether anyone was on the audience before (if not, nobody
	 * can have left and nobody is on it already, which saves two lookups per page).
	 */
	static RunState start(String audienceId, boolean full, boolean hadMembers) {
		return new RunState(Direction.ADD, 0, 0, null, audienceId, 0, 0, 0, 0, full, hadMembers);
	}

	RunState withAudience(String id) {
		return new RunState(this.phase, this.cursor, this.seq, this.session, id, this.sent, this.removed, this.rejected,
				this.skipped, this.full, this.hadMembers);
	}

	RunState acknowledged(long cursor, int seq, String session, String audienceId, long sent, long rejected,
			long skipped) {
		boolean add = this.phase == Direction.ADD;
		return new RunState(this.phase, cursor, seq, session, (audienceId != null) ? audienceId : this.audienceId,
				this.sent + (add ? sent : 0), this.removed + (add ? 0 : sent), this.rejected + rejected,
				this.skipped + skipped, this.full, this.hadMembers);
	}

	RunState removing() {
		return new RunState(Direction.REMOVE, 0, 0, null, this.audienceId, this.sent, this.removed, this.rejected,
				this.skipped, this.full, this.hadMembers);
	}

	String format() {
		HashMap<String, Object> fields = new HashMap<>(Map.of("phase", this.phase.name(), "cursor", this.cursor, "seq",
				this.seq, "sent", this.sent, "removed", this.removed, "rejected", this.rejected, "skipped",
				this.skipped, "full", this.full, "had_members", this.hadMembers));
		fields.put("session", this.session);
		fields.put("audience_id", this.audienceId);
		return json.writeValueAsString(fields);
	}

	static RunState parse(String text) {
		JsonNode node = json.readTree(text);
		return new RunState(Direction.valueOf(node.path("phase").asString()), node.path("cursor").asLong(),
				node.path("seq").asInt(), text(node, "session"), text(node, "audience_id"), node.path("sent").asLong(),
				node.path("removed").asLong(), node.path("rejected").asLong(), node.path("skipped").asLong(),
				node.path("full").asBoolean(false), node.path("had_members").asBoolean(true));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asString();
	}

}
