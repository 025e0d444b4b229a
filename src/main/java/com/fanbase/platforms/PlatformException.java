package com.fanbase.platforms;

/**
 * A platform call that failed for good: the platform refused the request, rejected the
 * credentials, or stayed unavailable through every retry. The message is the platform's
 * own (never PII) and is shown on the export.
 */
public class PlatformException extends RuntimeException {

	public enum Kind {

		REJECTED, INVALID_CREDENTIALS, UNAVAILABLE

	}

	private final Kind kind;

	public PlatformException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

}
