package com.fanbase.platforms.meta;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import com.fanbase.platforms.Batch;
import com.fanbase.platforms.Direction;
import com.fanbase.platforms.Member;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformReply;
import com.fanbase.platforms.PlatformRequest;
import com.fanbase.platforms.UploadSession;

/**
 * One Meta upload session: a session id of our choosing, batches numbered from 1, the
 * last one flagged. A resumed session keeps its id and continues the numbering.
 * <p>
 * Each batch reaches Meta once. Meta counts the users a session received
 * ({@code num_received}); the session's state keeps that count after each acknowledged
 * batch. When a batch's answer is lost (no answer, or a crash before it was recorded),
 * the session asks Meta ({@code GET /{audience}/sessions}) before sending it again: a
 * count grown by the batch's size means it arrived.
 */
class MetaUploadSession implements UploadSession {

	private static final SecureRandom random = new SecureRandom();

	private final PlatformContext context;

	private final Direction direction;

	private final URI uri;

	private final String audienceId;

	private final URI sessions;

	private final long sessionId;

	/** Users Meta received in this session by the last recorded batch; -1: not known. */
	private long received;

	/** Whether the next batch may have reached Meta already (a resumed session). */
	private boolean uncertain;

	MetaUploadSession(PlatformContext context, Direction direction, URI uri, URI sessions, String audienceId,
			String resumeState) {
		this.context = context;
		this.direction = direction;
		this.uri = uri;
		this.sessions = sessions;
		this.audienceId = audienceId;
		if (resumeState == null) {
			this.sessionId = 1 + (random.nextLong() >>> 1) % (Long.MAX_VALUE - 1);
			this.received = 0;
		}
		else {
			// "id:received"; a state written before the count was kept is the id alone
			String[] parts = resumeState.split(":");
			this.sessionId = Long.parseLong(parts[0]);
			this.received = (parts.length > 1) ? Long.parseLong(parts[1]) : -1;
			this.uncertain = true;
		}
	}

	@Override
	public long send(Batch batch) {
		List<List<String>> data = new ArrayList<>(batch.size());
		for (Member member : batch.members()) {
			data.add(List.of(orEmpty(member.emailKey()), orEmpty(member.phoneKey())));
		}
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("access_token", this.context.credentials().require("access_token"));
		form.add("payload", MetaPlatform.write(Map.of("schema", MetaPlatform.SCHEMA, "data", data)));
		form.add("session", MetaPlatform
			.write(Map.of("session_id", this.sessionId, "batch_seq", batch.seq(), "last_batch_flag", batch.last())));
		if (this.uncertain) {
			this.uncertain = false;
			if (arrived(batch).isPresent()) {
				return 0;
			}
		}
		HttpMethod method = (this.direction == Direction.ADD) ? HttpMethod.POST : HttpMethod.DELETE;
		PlatformRequest request = PlatformRequest.of(this.direction.name().toLowerCase(), method, this.uri)
			.body(MediaType.APPLICATION_FORM_URLENCODED, form, batch.size())
			.arrived(() -> arrived(batch));
		JsonNode answer = MetaPlatform.read(this.context.http().exchange(request).body());
		if (this.received >= 0) {
			// num_received counts the whole session; an answer without it counts the
			// batch
			this.received = answer.has("num_received") ? Math.max(answer.path("num_received").asLong(), this.received)
					: this.received + batch.size();
		}
		return answer.path("num_invalid_entries").asLong(0);
	}

	/**
	 * Asks Meta whether {@code batch} reached this session: its count of received users
	 * has grown by the batch's size since the last recorded one. Unknown (an old state,
	 * or Meta has no such session yet): not arrived, so the batch is sent.
	 */
	private Optional<PlatformReply> arrived(Batch batch) {
		if (this.received < 0) {
			return Optional.empty();
		}
		URI uri = UriComponentsBuilder.fromUri(this.sessions)
			.queryParam("session_id", this.sessionId)
			.queryParam("fields", "session_id,num_received,stage")
			.queryParam("access_token", this.context.credentials().require("access_token"))
			.build()
			.toUri();
		PlatformReply reply = this.context.http().exchange(PlatformRequest.of("session", HttpMethod.GET, uri));
		for (JsonNode session : MetaPlatform.read(reply.body()).path("data")) {
			long count = session.path("num_received").asLong(-1);
			if (session.path("session_id").asLong() == this.sessionId && count >= this.received + batch.size()) {
				this.received = count;
				return Optional.of(reply);
			}
		}
		return Optional.empty();
	}

	@Override
	public String audienceId() {
		return this.audienceId;
	}

	@Override
	public String state() {
		return this.sessionId + ":" + this.received;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
