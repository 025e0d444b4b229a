package com.fanbase.platforms.meta;

import java.util.regex.Pattern;

import com.fanbase.platforms.Contact;
import com.fanbase.platforms.PhoneNumbers;

/**
 * Meta's customer-file normalisation (Customer File Custom Audiences guide): email
 * trimmed and lowercased; phone as digits with the country code, no {@code +}, no leading
 * zeros; names, city and state lowercase letters only; country two lowercase letters; zip
 * lowercase without spaces and without a {@code -} suffix; date parts two digits. Null
 * means "not usable", never an empty string.
 */
final class MetaNormaliser {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private MetaNormaliser() {
	}

	static String email(String email) {
		if (email == null) {
			return null;
		}
		String value = email.strip().toLowerCase();
		return EMAIL.matcher(value).matches() ? value : null;
	}

	static String phone(Contact contact) {
		return phoneDigits(PhoneNumbers.digits(contact));
	}

	/** Symbols and letters removed, leading zeros removed; 6 to 15 digits or null. */
	static String phoneDigits(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
		return (digits.length() >= 6 && digits.length() <= 15) ? digits : null;
	}

	/** First and last names, city and state: lowercase letters only. */
	static String letters(String value) {
		if (value == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(value.length());
		value.strip().toLowerCase().codePoints().filter(Character::isLetter).forEach(out::appendCodePoint);
		return out.isEmpty() ? null : out.toString();
	}

	static String country(String value) {
		String letters = letters(value);
		return (letters != null && letters.length() == 2) ? letters : null;
	}

	static String zip(String value) {
		if (value == null) {
			return null;
		}
		String compact = value.strip().toLowerCase().replaceAll("\\s+", "");
		int dash = compact.indexOf('-');
		String zip = (dash >= 0) ? compact.substring(0, dash) : compact;
		return (zip.length() >= 2) ? zip : null;
	}

	/** Day or month as two digits, within 1..max. */
	static String twoDigits(String value, int max) {
		if (value == null || !value.strip().matches("[0-9]{1,2}")) {
			return null;
		}
		int number = Integer.parseInt(value.strip());
		return (number >= 1 && number <= max) ? String.format("%02d", number) : null;
	}

	static String year(String value) {
		return (value != null && value.strip().matches("(19|20)[0-9]{2}")) ? value.strip() : null;
	}

}
