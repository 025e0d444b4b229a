package com.fanbase.platforms;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What a platform's response means for the core.
 */
public sealed interface Outcome {

	record Success() implements Outcome {
	}

	/**
	 * Try again later; {@code after} is what the platform asked for (null when it did not
	 * say).
	 */
	record Retry(Duration after, String reason) implements Outcome {
	}

	record InvalidCredentials(String message) implements Outcome {
	}

	record Rejected(String message) implements Outcome {
	}

	/**
	 * HTTP's own meaning: 2xx success; 429, 408 and 5xx retried (after
	 * {@code Retry-After} when given); 401 and 403 bad credentials; other 4xx refused.
	 */
	static Outcome standard(PlatformReply reply) {
		int status = reply.status();
		if (reply.isSuccess()) {
			return new Success();
		}
		if (status == 429 || status == 408 || status >= 500) {
			return new Retry(retryAfter(reply), "HTTP " + status);
		}
		if (status == 401 || status == 403) {
			return new InvalidCredentials("The platform refused the credentials (HTTP " + status + ")");
		}
		return new Rejected("The platform refused the request (HTTP " + status + ")");
	}

	/** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
	static Duration retryAfter(PlatformReply reply) {
		String value = reply.headers().getFirst("Retry-After");
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(Instant.now(), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

}
