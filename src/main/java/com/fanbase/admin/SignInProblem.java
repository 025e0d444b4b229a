package com.fanbase.admin;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a sign-in was refused or a session ended, as shown on the login page. The code
 * travels in the redirect's query, never the email, password or key.
 */
enum SignInProblem {

	MISSING_CREDENTIALS("missing-credentials", "Enter your email and password."),

	INVALID_CREDENTIALS("invalid-credentials", "The email or password is wrong."),

	CODE_REQUIRED("code-required", "Enter the code from your authenticator app as well."),

	INVALID_CODE("invalid-code", "The authenticator code is wrong or was used already."),

	TENANT_REQUIRED("tenant-required", "This email belongs to several workspaces: enter the workspace id."),

	TENANT_INVALID("tenant-invalid", "A workspace id is a positive whole number."),

	SESSION_ENDED("session-ended",
			"Your session has ended (signed out everywhere, or your password or role changed); sign in again."),

	SSO_UNKNOWN("sso-unknown", "No single sign-on is set up for this email's domain; sign in with your password."),

	SSO_UNVERIFIED("sso-unverified", "Your identity provider did not confirm this email address."),

	SSO_DISABLED("sso-disabled", "Your account is disabled; ask an owner of your team."),

	SSO_FAILED("sso-failed", "Single sign-on did not complete; try again or ask an owner of your team."),

	MISSING_KEY("missing-key", "Enter the operator key."),

	INVALID_KEY("invalid-key", "This is not the operator key."),

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
