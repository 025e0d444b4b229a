package com.fanbase.platforms.tiktok;

import java.util.Set;

import tools.jackson.databind.JsonNode;

import com.fanbase.platforms.Outcome;
import com.fanbase.platforms.PlatformReply;

/**
 * TikTok answers HTTP 200 with a {@code code} in the envelope: 0 and 20001 (partly) are
 * success; 40100, 40132 and 61000 are rate limits and 50000, 50002 and 51xxx transient,
 * all retried; 40001, 40102, 40104 and 40105 mean the token does not work; any other code
 * is a refusal with TikTok's message.
 */
final class TikTokErrors {

	private static final Set<Integer> RETRY = Set.of(40100, 40132, 61000, 50000, 50002);

	private static final Set<Integer> CREDENTIALS = Set.of(40001, 40102, 40104, 40105);

	private TikTokErrors() {
	}

	static Outcome classify(PlatformReply reply) {
		if (!reply.isSuccess()) {
			return Outcome.standard(reply);
		}
		JsonNode body;
		try {
			body = TikTokPlatform.read(reply.body());
		}
		catch (RuntimeException ex) {
			return new Outcome.Retry(null, "TikTok: unreadable answer");
		}
		int code = body.path("code").asInt(-1);
		if (code == 0 || code == 20001) {
			return new Outcome.Success();
		}
		String message = "TikTok: " + body.path("message").asString("") + " (code " + code + ")";
		if (RETRY.contains(code) || (code >= 51000 && code < 52000)) {
			return new Outcome.Retry(Outcome.retryAfter(reply), message);
		}
		if (CREDENTIALS.contains(code)) {
			return new Outcome.InvalidCredentials(message);
		}
		return new Outcome.Rejected(message);
	}

}
