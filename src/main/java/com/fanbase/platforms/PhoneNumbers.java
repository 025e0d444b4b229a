package com.fanbase.platforms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * A contact's phone in E.164 ({@code +41446681800}). Ingestion already parsed it with
 * libphonenumber using the customer's country as the default region; a contact stored
 * before that is parsed here the same way. An unparseable or invalid number is null, so
 * it is never sent.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	public static String e164(Contact contact) {
		if (contact.phoneE164() != null && !contact.phoneE164().isBlank()) {
			return contact.phoneE164();
		}
		return e164(contact.phone(), contact.country());
	}

	public static String e164(String phone, String country) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		try {
			PhoneNumber number = util.parse(phone, (country != null) ? country.strip().toUpperCase() : "ZZ");
			return util.isValidNumber(number) ? util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

	/**
	 * E.164 without the {@code +}: country code and number, digits only (Meta, TikTok).
	 */
	public static String digits(Contact contact) {
		String e164 = e164(contact);
		return (e164 != null) ? e164.substring(1) : null;
	}

}
