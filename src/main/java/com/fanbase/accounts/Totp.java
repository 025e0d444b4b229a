package com.fanbase.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second
 * steps, six digits, what every authenticator app reads from an {@code otpauth://} link.
 * A code is accepted for the current step and one step either side, for clock drift.
 */
public final class Totp {

	static final int STEP_SECONDS = 30;

	static final int DIGITS = 6;

	private static final SecureRandom random = new SecureRandom();

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private Totp() {
	}

	/** A new 160-bit secret, as RFC 4226 recommends. */
	public static byte[] newSecret() {
		byte[] secret = new byte[20];
		random.nextBytes(secret);
		return secret;
	}

	/** The code for a time step, with {@code digits} digits and the given HMAC. */
	static String code(byte[] secret, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			String code = Integer.toString(binary % (int) Math.pow(10, digits));
			return "0".repeat(digits - code.length()) + code;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The six-digit code of a base32 secret at a time: what an authenticator app shows.
	 */
	public static String codeAt(String base32Secret, Instant at) {
		return code(fromBase32(base32Secret), step(at), DIGITS, "HmacSHA1");
	}

	static byte[] fromBase32(String text) {
		String clean = text.strip().replace("=", "").toUpperCase(java.util.Locale.ROOT);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("not base32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

	static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/**
	 * The step the code belongs to, if it is right at {@code now} (one step of drift
	 * either way) and later than {@code lastUsed}, so a code works once.
	 */
	static OptionalLong verify(byte[] secret, String code, Instant now, Long lastUsed) {
		if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if ((lastUsed == null || step > lastUsed) && java.security.MessageDigest
				.isEqual(code(secret, step, DIGITS, "HmacSHA1").getBytes(), code.strip().getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** RFC 4648 base32 without padding, as authenticator apps expect the secret. */
	public static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	/** The link an authenticator app reads (usually as a QR code). */
	public static String otpauthUri(String issuer, String account, byte[] secret) {
		String label = java.net.URLEncoder.encode(issuer + ":" + account, java.nio.charset.StandardCharsets.UTF_8)
			.replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer="
				+ java.net.URLEncoder.encode(issuer, java.nio.charset.StandardCharsets.UTF_8) + "&digits=" + DIGITS
				+ "&period=" + STEP_SECONDS;
	}

}
