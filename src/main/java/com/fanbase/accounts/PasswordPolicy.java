package com.fanbase.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: 12 to 128 characters, not the email or a part of it, not one
 * character repeated, and not one of the most common passwords. Length beats composition
 * rules (NIST SP 800-63B), so there are none of those.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("123456789012", "password1234", "qwertyuiopas", "passwordpassword",
			"iloveyou1234", "administrator", "letmeinletmein", "welcome12345", "changemechangeme", "1q2w3e4r5t6y",
			"qwerty123456", "password123!", "fanbasefanbase");

	private PasswordPolicy() {
	}

	/** Why the password is refused, if it is. */
	public static Optional<String> problem(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("must be at least " + MIN_LENGTH + " characters");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("must be at most " + MAX_LENGTH + " characters");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String local = (email != null) ? email.toLowerCase(Locale.ROOT).replaceFirst("@.*$", "") : "";
		if (!local.isEmpty() && (lower.contains(local) && local.length() >= 4 || lower.equals(email))) {
			return Optional.of("must not contain your email");
		}
		if (lower.chars().distinct().count() < 4) {
			return Optional.of("must use more than a few different characters");
		}
		if (COMMON.contains(lower)) {
			return Optional.of("is one of the most common passwords");
		}
		return Optional.empty();
	}

}
