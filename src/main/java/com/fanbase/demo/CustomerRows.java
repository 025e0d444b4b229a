package com.fanbase.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Customer rows: identity and contact data drawn from the customer's profile stream, home
 * and consents from their traits, sign-up time from their purchase process. Contact data
 * is deliberately imperfect: some phones and birth dates are missing and a few phones are
 * in national format, as they would be in a real import.
 */
final class CustomerRows {

	private static final String[] DOMAINS = { "example.com", "example.org", "example.net", "mail.test" };

	private static final double[] DOMAIN_WEIGHTS = { 0.45, 0.25, 0.15, 0.15 };

	private final long seed;

	private final long now;

	private final Rng rng = new Rng(0);

	CustomerRows(long seed, long now) {
		this.seed = seed;
		this.now = now;
	}

	Map<String, Object> row(long id, CustomerTraits traits, long signup) {
		this.rng.reseed(RngStream.PROFILE.seed(this.seed, id));
		City home = traits.home();
		// Some customers carry a name from another of the platform's countries.
		Country origin = this.rng.chance(0.15) ? Country.values()[this.rng.nextInt(Country.values().length)]
				: home.country();
		String first = PersonNames.first(origin, this.rng);
		String last = PersonNames.last(origin, this.rng);
		Map<String, Object> row = LinkedHashMap.newLinkedHashMap(11);
		row.put("id", id);
		row.put("email", email(id, first, last));
		row.put("phone", phone(home));
		row.put("first_name", first);
		row.put("last_name", last);
		row.put("birth_date", this.rng.chance(0.1) ? null : birthDate(traits.typicalAge()));
		row.put("city", home.name());
		row.put("country", home.country().code());
		row.put("email_consent", traits.emailConsent());
		row.put("ads_consent", traits.adsConsent());
		row.put("created_at", IsoTime.instant(signup));
		return row;
	}

	/**
	 * Every pattern ends in the customer id after a letter, so the address can be split
	 * back into (letters, id) and is unique for unique ids.
	 */
	private String email(long id, String first, String last) {
		String f = PersonNames.emailPart(first);
		String l = PersonNames.emailPart(last);
		String local = switch (this.rng.nextInt(5)) {
			case 0 -> f + "." + l;
			case 1 -> f.charAt(0) + l;
			case 2 -> f + "_" + l;
			case 3 -> l + "." + f;
			default -> f;
		};
		return local + id + "@" + DOMAINS[this.rng.pick(DOMAIN_WEIGHTS)];
	}

	/** Mostly E.164 mobiles, 15% missing, 8% landlines in national format. */
	private String phone(City home) {
		double u = this.rng.nextDouble();
		if (u < 0.15) {
			return null;
		}
		return digits((u < 0.23) ? home.landlinePattern() : home.country().mobilePattern());
	}

	private String digits(String pattern) {
		char[] text = pattern.toCharArray();
		boolean first = true;
		for (int i = 0; i < text.length; i++) {
			if (text[i] == '#') {
				// A subscriber number never starts with 0 or 1.
				text[i] = (char) ('0' + (first ? this.rng.nextInt(2, 10) : this.rng.nextInt(10)));
				first = false;
			}
		}
		return new String(text);
	}

	/** Adult, clustered around the age typical for the customer's main genre. */
	private String birthDate(int typicalAge) {
		double age = typicalAge + 11 * this.rng.gaussian();
		if (age < 18 || age > 85) {
			// Redrawn within the range instead of clamped, so no birthday piles up on a
			// bound.
			age = 18 + this.rng.nextDouble() * 30;
		}
		return IsoTime.date(Math.floorDiv(this.now, IsoTime.DAY) - (long) (age * 365.25));
	}

}
