package com.fanbase.ingestion;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers in E.164, parsed with the customer's country as the default region. A
 * number that cannot be parsed is kept as given but has no E.164 form, so it is never
 * exported.
 */
final class Phones {

	private static final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

	private Phones() {
	}

	static String toE164(String phone, String country) {
		if (phone == null) {
			return null;
		}
		try {
			PhoneNumber number = util.parse(phone, (country != null) ? country : "ZZ");
			return util.isValidNumber(number) ? util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

}
