package com.fanbase.platforms.meta;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fanbase.platforms.Batch;
import com.fanbase.platforms.Direction;
import com.fanbase.platforms.Member;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformRequest;
import com.fanbase.platforms.UploadSession;

/**
 * One Meta upload session: a session id of our choosing, batches numbered from 1, the
 * last one flagged. A resumed session keeps its id and continues the numbering.
 */
class MetaUploadSession implements UploadSession {

	private static final SecureRandom random = new SecureRandom();

	private final PlatformContext context;

	private final Direction direction;

	private final URI uri;

	private final String audienceId;

	private final long sessionId;

	MetaUploadSession(PlatformContext context, Direction direction, URI uri, String audienceId, String resumeState) {
		this.context = context;
		this.direction = direction;
		this.uri = uri;
		this.audienceId = audienceId;
		this.sessionId = (resumeState != null) ? Long.parseLong(resumeState)
				: 1 + (random.nextLong() >>> 1) % (Long.MAX_VALUE - 1);
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
		HttpMethod method = (this.direction == Direction.ADD) ? HttpMethod.POST : HttpMethod.DELETE;
		String body = this.context.http()
			.exchange(PlatformRequest.of(this.direction.name().toLowerCase(), method, this.uri)
				.body(MediaType.APPLICATION_FORM_URLENCODED, form, batch.size()))
			.body();
		return MetaPlatform.read(body).path("num_invalid_entries").asLong(0);
	}

	@Override
	public String audienceId() {
		return this.audienceId;
	}

	@Override
	public String state() {
		return Long.toString(this.sessionId);
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
