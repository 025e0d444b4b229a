package com.fanbase.accounts;

/** The answer to a password sign-in. */
public sealed interface SignInResult {

	record SignedIn(Account account) implements SignInResult {
	}

	/**
	 * @param account the one user the email names, when it names exactly one (for the
	 * audit log: a refusal is attributed to them); null for an unknown email
	 */
	record Refused(Reason reason, Account account) implements SignInResult {
	}

	enum Reason {

		/** Unknown email, wrong password or a disabled user: told apart to nobody. */
		INVALID_CREDENTIALS,
		/** The password was right and the user has a second factor: a code is needed. */
		CODE_REQUIRED, INVALID_CODE,
		/**
		 * The email and password fit users of several tenants: the tenant id is needed.
		 */
		TENANT_REQUIRED

	}

}
