package com.fanbase.platforms;

import java.time.Duration;

/**
 * The platform asked to wait longer than the caller was willing to: {@code after} is how
 * long it asked for (Brevo's {@code x-sib-ratelimit-reset}, or {@code Retry-After}).
 */
public class PlatformRateLimitedException extends PlatformException {

	private final Duration after;

	public PlatformRateLimitedException(Duration after, String message) {
		super(Kind.UNAVAILABLE, message + "; asked to wait " + after.toSeconds() + " s");
		this.after = after;
	}

	public Duration after() {
		return this.after;
	}

}
