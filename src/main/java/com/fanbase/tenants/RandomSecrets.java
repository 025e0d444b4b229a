package com.fanbase.tenants;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets handed out once (API keys, webhook secrets) and the hash they are stored
 * as. They carry enough random bits that a plain SHA-256 is enough to store them: there
 * is nothing to brute-force that a slow hash would protect.
 */
public final class RandomSecrets {

	private static final SecureRandom random = new SecureRandom();

	private RandomSecrets() {
	}

	/** {@code prefix} followed by {@code bytes} random bytes in URL-safe base64. */
	public static String generate(String prefix, int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	public static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
