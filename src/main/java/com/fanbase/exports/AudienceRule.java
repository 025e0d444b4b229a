package com.fanbase.exports;

import java.util.Set;

/**
 * Who may be sent anything, in one place: a customer who gave the channel's consent, can
 * be reached on it, and is not suppressed. Exports and campaign targeting both build
 * their SQL from these conditions. Only known consent columns are accepted, so no text
 * from outside ever reaches the SQL.
 */
public final class AudienceRule {

	/** The consent columns of {@code customers}. */
	private static final Set<String> CONSENTS = Set.of("ads_consent", "email_consent");

	/** An address Brevo takes: something, one at sign, a dotted domain, no spaces. */
	private static final String VALID_EMAIL = "'^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'";

	private AudienceRule() {
	}

	/**
	 * The customer row {@code customer} (an alias of {@code customers}) has the consent
	 * and is not suppressed.
	 */
	public static String eligible(String customer, String consentColumn) {
		return consented(customer, consentColumn) + " and not " + suppressed(customer + ".tenant_id", customer + ".id");
	}

	/** The customer row {@code customer} has the consent. */
	public static String consented(String customer, String consentColumn) {
		if (!CONSENTS.contains(consentColumn)) {
			throw new IllegalArgumentException("Unknown consent column " + consentColumn);
		}
		return customer + "." + consentColumn;
	}

	/** The customer (given by SQL expressions for its tenant and id) is suppressed. */
	public static String suppressed(String tenant, String customerId) {
		return "exists (select 1 from customer_suppressions x where x.tenant_id = " + tenant + " and x.customer_id = "
				+ customerId + ")";
	}

	/** The address (an SQL expression, already trimmed and lower-cased) can be mailed. */
	public static String reachableByEmail(String email) {
		return email + " ~ " + VALID_EMAIL;
	}

}
