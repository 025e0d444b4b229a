package com.fanbase.ingestion;

/**
 * A cheap plausibility check for email addresses: one {@code @}, something before it, a
 * dotted domain after it, no spaces. Deliverability is the email platform's business.
 */
final class Emails {

	private Emails() {
	}

	static boolean isPlausible(String email) {
		int at = email.indexOf('@');
		if (at < 1 || at != email.lastIndexOf('@') || email.length() > 254) {
			return false;
		}
		int dot = email.lastIndexOf('.');
		if (dot < at + 2 || dot == email.length() - 1) {
			return false;
		}
		for (int i = 0; i < email.length(); i++) {
			char c = email.charAt(i);
			if (c <= ' ' || c == ',' || c == ';' || c == '<' || c == '>') {
				return false;
			}
		}
		return true;
	}

}
