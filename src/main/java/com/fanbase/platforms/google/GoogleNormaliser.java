package com.fanbase.platforms.google;

import java.util.List;
import java.util.regex.Pattern;

import com.fanbase.platforms.Contact;
import com.fanbase.platforms.PhoneNumbers;

/**
 * Google's user-data formatting (Data Manager "Format user data", as its Java utility
 * implements it): email trimmed and lowercased, and for gmail.com and googlemail.com the
 * {@code +suffix} and every dot of the local part removed; phone in E.164 with the
 * {@code +}; given names without a title, family names without suffixes; region two
 * uppercase letters; postal code trimmed.
 */
final class GoogleNormaliser {

	private static final Pattern WHITESPACE = Pattern.compile("\\s");

	private static final Pattern TITLE = Pattern.compile("^(mr|mrs|ms|dr)\\.(\\s+|$)|(\\s+|^)(mr|mrs|ms|dr)\\.$");

	private static final List<String> SUFFIXES = List.of("jr.", "sr.", "2nd", "3rd", "ii", "iii", "iv", "v", "vi",
			"cpa", "dc", "dds", "vm", "jd", "md", "phd");

	private GoogleNormaliser() {
	}

	static String email(String email) {
		if (email == null) {
			return null;
		}
		String value = email.strip().toLowerCase();
		int at = value.indexOf('@');
		if (value.isEmpty() || WHITESPACE.matcher(value).find() || at <= 0 || at == value.length() - 1) {
			return null;
		}
		String local = value.substring(0, at);
		String domain = value.substring(at + 1);
		if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
			int plus = local.indexOf('+');
			local = ((plus >= 0) ? local.substring(0, plus) : local).replace(".", "");
			if (local.isEmpty()) {
				return null;
			}
		}
		return local + "@" + domain;
	}

	static String phone(Contact contact) {
		return PhoneNumbers.e164(contact);
	}

	static String givenName(String name) {
		if (name == null) {
			return null;
		}
		String value = TITLE.matcher(name.strip().toLowerCase()).replaceAll("").strip();
		return value.isEmpty() ? null : value;
	}

	static String familyName(String name) {
		if (name == null) {
			return null;
		}
		String value = name.strip().toLowerCase();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String suffix : SUFFIXES) {
				for (String separator : List.of(", ", ",", " ")) {
					if (value.endsWith(separator + suffix)) {
						value = value.substring(0, value.length() - suffix.length() - separator.length()).strip();
						changed = true;
					}
				}
			}
		}
		return value.isEmpty() || value.equals(",") ? null : value;
	}

	static String region(String region) {
		if (region == null) {
			return null;
		}
		String value = region.strip().toUpperCase();
		return value.matches("[A-Z]{2}") ? value : null;
	}

	static String postalCode(String postal) {
		return (postal == null || postal.isBlank()) ? null : postal.strip();
	}

}
