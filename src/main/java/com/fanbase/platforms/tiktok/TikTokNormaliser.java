package com.fanbase.platforms.tiktok;

import com.fanbase.platforms.Contact;
import com.fanbase.platforms.PhoneNumbers;

/**
 * TikTok's customer-file normalisation as its current help page and API note say: email
 * trimmed and lowercased, with the {@code +suffix} and every dot of the local part
 * removed (on every domain); phone as digits with the country code and no {@code +}
 * (TikTok's own hash example is of the digits only).
 */
final class TikTokNormaliser {

	private TikTokNormaliser() {
	}

	static String email(String email) {
		if (email == null) {
			return null;
		}
		String value = email.strip().toLowerCase();
		int at = value.indexOf('@');
		if (at <= 0 || at == value.length() - 1 || value.indexOf('@', at + 1) >= 0 || value.contains(" ")) {
			return null;
		}
		String local = value.substring(0, at);
		int plus = local.indexOf('+');
		local = ((plus >= 0) ? local.substring(0, plus) : local).replace(".", "");
		return local.isEmpty() ? null : local + value.substring(at);
	}

	static String phone(Contact contact) {
		return PhoneNumbers.digits(contact);
	}

	/**
	 * A number already written with its country code: symbols and leading zeros removed.
	 */
	static String phoneDigits(String phone) {
		String digits = phone.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
		return digits.isEmpty() ? null : digits;
	}

}
