package com.fanbase.tenants;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Generates and hashes key secrets. Secrets carry 192 random bits, so a plain SHA-256 is
 * enough to store them: there is nothing to brute-force that a slow hash would protect.
 */
final class KeySecrets {

	static final String PREFIX = "fbk_";

	private static final SecureRandom random = new SecureRandom();

	private KeySecrets() {
	}

	static String generate() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The part of a secret that may be shown to tell keys apart. */
	static String displayPrefix(String secret) {
		return secret.substring(0, Math.min(secret.length(), PREFIX.length() + 6));
	}

}
