package com.fanbase.platforms.google;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

import com.fanbase.platforms.Outcome;
import com.fanbase.platforms.PlatformReply;

/**
 * Google's errors: 429 / {@code RESOURCE_EXHAUSTED} and 5xx are retried after
 * {@code Retry-After} or the {@code retryDelay} of the error details; 401, an OAuth
 * {@code invalid_grant} or {@code invalid_client}, and {@code PERMISSION_DENIED} mean the
 * credentials do not work; any other 4xx is a refusal with Google's message.
 */
final class GoogleErrors {

	private GoogleErrors() {
	}

	static Outcome classify(PlatformReply reply) {
		if (reply.isSuccess()) {
			return new Outcome.Success();
		}
		JsonNode body = parse(reply.body());
		JsonNode error = body.path("error");
		String message = "Google: "
				+ (error.isObject() ? error.path("message").asString("")
						: body.path("error_description").asString(error.asString("")))
				+ " (HTTP " + reply.status() + ")";
		String status = error.path("status").asString("");
		if (reply.status() == 429 || reply.status() >= 500 || status.equals("RESOURCE_EXHAUSTED")) {
			Duration asked = Outcome.retryAfter(reply);
			return new Outcome.Retry((asked != null) ? asked : retryDelay(error), message);
		}
		String oauth = error.isObject() ? "" : error.asString("");
		if (reply.status() == 401 || oauth.equals("invalid_grant") || oauth.equals("invalid_client")
				|| status.equals("PERMISSION_DENIED") || status.equals("UNAUTHENTICATED")) {
			return new Outcome.InvalidCredentials(message);
		}
		return new Outcome.Rejected(message);
	}

	private static Duration retryDelay(JsonNode error) {
		for (JsonNode detail : error.path("details")) {
			String delay = detail.path("retryDelay").asString("");
			if (delay.endsWith("s")) {
				try {
					return Duration
						.ofMillis((long) (Double.parseDouble(delay.substring(0, delay.length() - 1)) * 1000));
				}
				catch (NumberFormatException ex) {
					return null;
				}
			}
		}
		return null;
	}

	private static JsonNode parse(String text) {
		try {
			return GooglePlatform.read((text == null || text.isBlank()) ? "{}" : text);
		}
		catch (RuntimeException ex) {
			return GooglePlatform.read("{}");
		}
	}

}
