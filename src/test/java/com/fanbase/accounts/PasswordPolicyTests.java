package com.fanbase.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsALongPassphrase() {
		assertThat(PasswordPolicy.problem("correct horse battery staple", "ana@example.com")).isEmpty();
	}

	@Test
	void refusesShortLongRepetitiveCommonAndEmailPasswords() {
		assertThat(PasswordPolicy.problem("short", "ana@example.com")).hasValue("must be at least 12 characters");
		assertThat(PasswordPolicy.problem("x".repeat(129), "a@b.co")).hasValue("must be at most 128 characters");
		assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaaaa", "a@b.co")).isPresent();
		assertThat(PasswordPolicy.problem("Password1234", "a@b.co")).hasValue("is one of the most common passwords");
		assertThat(PasswordPolicy.problem("anabelle-1234567", "anabelle@example.com"))
			.hasValue("must not contain your email");
		assertThat(PasswordPolicy.problem(null, "a@b.co")).isPresent();
	}

}
