package com.fanbase.tenants;

/** Key secrets: 192 random bits after {@code fbk_}, stored as their SHA-256. */
final class KeySecrets {

	static final String PREFIX = "fbk_";

	private KeySecrets() {
	}

	static String generate() {
		return RandomSecrets.generate(PREFIX, 24);
	}

	static byte[] hash(String secret) {
		return RandomSecrets.hash(secret);
	}

	/** The part of a secret that may be shown to tell keys apart. */
	static String displayPrefix(String secret) {
		return secret.substring(0, Math.min(secret.length(), PREFIX.length() + 6));
	}

}
