package com.fanbase.accounts;

/** The answer to a password sign-in. */
public sealed interface SignInResult {

	record SignedIn(Account account) implements SignInResult {
	}

	record Refused(Reason reason) implements SignInResult {
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
