package com.fanbase.segments.rules;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Reads a catalog field's value from {@link ProfileFacts}, as the field's SQL reads it
 * from the row.
 */
final class FactReader {

	static final long DAY_MICROS = 86_400_000_000L;

	private FactReader() {
	}

	/** A {@code Long}, {@code Integer} or {@code Double}, or null where SQL has null. */
	static Number number(Field field, ProfileFacts facts, Instant asOf) {
		return switch (field) {
			case TOTAL_SPENT -> facts.totalSpentCents();
			case AVG_ORDER -> facts.avgOrderCents();
			case PURCHASE_COUNT -> facts.purchaseCount();
			case ENGAGEMENT_SCORE -> facts.engagementScore();
			case CHURN_RISK -> facts.churnRisk();
			case AGE -> facts.age();
			case PREDICTED_CLV -> facts.predictedClvCents();
			case EXPECTED_PURCHASES_90D -> facts.expectedPurchases90d();
			case DAYS_SINCE_LAST_PURCHASE -> daysSince(facts.lastPurchaseAt(), asOf);
			case LAST_PURCHASE, CUSTOMER_SINCE, GENRES, EVENT_TYPES, ARTISTS, PREFERRED_DAYS, ATTENDED_EVENT, CITY,
					COUNTRY, EMAIL_CONSENT, ADS_CONSENT, HAS_EMAIL, HAS_PHONE, IN_SEGMENT, NOT_IN_SEGMENT ->
				throw notA("number", field);
		};
	}

	static Instant time(Field field, ProfileFacts facts) {
		Instant time = switch (field) {
			case LAST_PURCHASE -> facts.lastPurchaseAt();
			case CUSTOMER_SINCE -> facts.customerSince();
			default -> throw notA("time", field);
		};
		return (time != null) ? time.truncatedTo(ChronoUnit.MICROS) : null;
	}

	static Set<String> names(Field field, ProfileFacts facts) {
		return switch (field) {
			case GENRES -> facts.genres();
			case EVENT_TYPES -> facts.eventTypes();
			case ARTISTS -> facts.artists();
			case PREFERRED_DAYS -> facts.preferredDays();
			default -> throw notA("name set", field);
		};
	}

	static String place(Field field, ProfileFacts facts) {
		return switch (field) {
			case CITY -> facts.city();
			case COUNTRY -> facts.country();
			default -> throw notA("place", field);
		};
	}

	static boolean flag(Field field, ProfileFacts facts) {
		return switch (field) {
			case EMAIL_CONSENT -> facts.emailConsent();
			case ADS_CONSENT -> facts.adsConsent();
			case HAS_EMAIL -> facts.hasEmail();
			case HAS_PHONE -> facts.hasPhone();
			default -> throw notA("flag", field);
		};
	}

	/** {@code floor(extract(epoch from (as_of - t)) / 86400)}, exactly. */
	private static Long daysSince(Instant time, Instant asOf) {
		if (time == null) {
			return null;
		}
		long micros = ChronoUnit.MICROS.between(time.truncatedTo(ChronoUnit.MICROS), asOf);
		return Math.floorDiv(micros, DAY_MICROS);
	}

	private static IllegalArgumentException notA(String kind, Field field) {
		return new IllegalArgumentException(field.apiName() + " is not a " + kind + " field");
	}

}
