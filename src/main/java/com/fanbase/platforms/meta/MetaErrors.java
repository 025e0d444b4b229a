package com.fanbase.platforms.meta;

import java.time.Duration;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import com.fanbase.platforms.Outcome;
import com.fanbase.platforms.PlatformReply;

/**
 * Meta's error codes: rate limits (4, 17, 32, 613, 80003, 80004) are retried after the
 * business-use-case header's {@code estimated_time_to_regain_access} (minutes) when it is
 * given; 190 (invalid OAuth token), 200 and 294 (permissions) mean the credentials do not
 * work; other 4xx are refusals with Meta's message.
 */
final class MetaErrors {

	private static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 613, 80003, 80004);

	private static final Set<Integer> CREDENTIALS = Set.of(190, 200, 294, 102);

	private MetaErrors() {
	}

	static Outcome classify(PlatformReply reply) {
		if (reply.isSuccess()) {
			return new Outcome.Success();
		}
		JsonNode error = parse(reply.body()).path("error");
		int code = error.path("code").asInt(0);
		String message = "Meta: " + error.path("message").asString("HTTP " + reply.status()) + " (code " + code
				+ ((error.has("error_subcode")) ? "/" + error.path("error_subcode").asInt() : "") + ")";
		if (RATE_LIMITS.contains(code) || reply.status() == 429) {
			Duration asked = regainAccess(reply);
			return new Outcome.Retry((asked != null) ? asked : Outcome.retryAfter(reply), message);
		}
		if (CREDENTIALS.contains(code)) {
			return new Outcome.InvalidCredentials(message);
		}
		if (reply.status() >= 500 || error.path("is_transient").asBoolean(false) || code == 2) {
			return new Outcome.Retry(Outcome.retryAfter(reply), message);
		}
		return new Outcome.Rejected(message);
	}

	/**
	 * The longest {@code estimated_time_to_regain_access} in the usage header, in
	 * minutes.
	 */
	static Duration regainAccess(PlatformReply reply) {
		String usage = reply.headers().getFirst("X-Business-Use-Case-Usage");
		if (usage == null) {
			return null;
		}
		long minutes = 0;
		for (JsonNode entries : parse(usage)) {
			for (JsonNode entry : entries) {
				minutes = Math.max(minutes, entry.path("estimated_time_to_regain_access").asLong(0));
			}
		}
		return (minutes > 0) ? Duration.ofMinutes(minutes) : null;
	}

	private static JsonNode parse(String text) {
		try {
			return MetaPlatform.read((text == null || text.isBlank()) ? "{}" : text);
		}
		catch (RuntimeException ex) {
			return MetaPlatform.read("{}");
		}
	}

}
