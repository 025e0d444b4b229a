package com.fanbase.platforms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 as lowercase hex, the form every platform here accepts. */
public final class Hashing {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private static final ThreadLocal<MessageDigest> digests = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	private Hashing() {
	}

	/** The hash of a normalised value; null stays null. */
	public static String sha256(String value) {
		if (value == null) {
			return null;
		}
		byte[] hash = digests.get().digest(value.getBytes(StandardCharsets.UTF_8));
		char[] out = new char[hash.length * 2];
		for (int i = 0; i < hash.length; i++) {
			out[i * 2] = HEX[(hash[i] >> 4) & 0xf];
			out[i * 2 + 1] = HEX[hash[i] & 0xf];
		}
		return new String(out);
	}

}
