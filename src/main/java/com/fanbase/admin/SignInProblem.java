package com.fanbase.admin;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a sign-in was refused, as shown on the login page. The code travels in the
 * redirect's query, never the key.
 */
enum SignInProblem {

	MISSING_KEY("missing-key", "Enter an API key."),

	INVALID_KEY("invalid-key", "This key is unknown or has been revoked."),

	TENANT_REQUIRED("tenant-required", "The operator key acts for a tenant: enter its id."),

	TENANT_INVALID("tenant-invalid", "A tenant id is a positive whole number."),

	TENANT_NOT_FOUND("tenant-not-found", "There is no tenant with this id."),

	TENANT_MISMATCH("tenant-mismatch", "This key belongs to another tenant; leave the tenant id empty."),

	REVOKED("revoked", "Your key has been revoked; sign in with another one."),

	TOO_MANY_ATTEMPTS("too-many-attempts", "Too many refused sign-ins from your address; try again in a few minutes.");

	private final String code;

	private final String message;

	SignInProblem(String code, String message) {
		this.code = code;
		this.message = message;
	}

	String code() {
		return this.code;
	}

	String message() {
		return this.message;
	}

	static Optional<SignInProblem> fromCode(String code) {
		return Arrays.stream(values()).filter((problem) -> problem.code.equals(code)).findFirst();
	}

}
