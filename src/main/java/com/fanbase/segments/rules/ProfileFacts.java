package com.fanbase.segments.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What criteria can ask about one customer, as stored: the {@code customer_profiles} row,
 * the {@code customers} row beside it, the events the customer has a paid order for and
 * the segments they belong to. Times should have microsecond precision, as PostgreSQL
 * stores them.
 *
 * @param customerId the core's customer id
 * @param totalSpentCents {@code p.total_spent_cents}
 * @param avgOrderCents {@code p.avg_order_cents}, null for a customer who never bought
 * @param purchaseCount {@code p.purchase_count}
 * @param engagementScore {@code p.engagement_score}
 * @param churnRisk {@code p.churn_risk}, null before scoring
 * @param age {@code p.age}, null without a birth date
 * @param predictedClvCents {@code p.predicted_clv_cents}, null before scoring
 * @param expectedPurchases90d {@code p.expected_purchases_90d}, null before scoring
 * @param lastPurchaseAt {@code p.last_purchase_at}, null for a customer who never bought
 * @param customerSince {@code c.created_at}
 * @param genres {@code p.genre_names} (lower-case)
 * @param eventTypes {@code p.event_type_names} (lower-case)
 * @param artists {@code p.artists} (as ingested)
 * @param preferredDays {@code p.preferred_days} ({@code mon} ... {@code sun})
 * @param city {@code p.city}
 * @param country {@code p.country}
 * @param emailConsent {@code c.email_consent}
 * @param adsConsent {@code c.ads_consent}
 * @param hasEmail whether {@code c.email} is not null
 * @param hasPhone whether {@code c.phone_e164} is not null
 * @param attendedEventIds events with a paid order of the customer
 * @param segmentIds segments the customer is a member of
 */
public record ProfileFacts(long customerId, long totalSpentCents, Long avgOrderCents, int purchaseCount,
		int engagementScore, Integer churnRisk, Integer age, Long predictedClvCents, Double expectedPurchases90d,
		Instant lastPurchaseAt, Instant customerSince, Set<String> genres, Set<String> eventTypes, Set<String> artists,
		Set<String> preferredDays, String city, String country, boolean emailConsent, boolean adsConsent,
		boolean hasEmail, boolean hasPhone, Set<Long> attendedEventIds, Set<Long> segmentIds) {

	public ProfileFacts {
		Objects.requireNonNull(customerSince, "customerSince");
		genres = Set.copyOf(genres);
		eventTypes = Set.copyOf(eventTypes);
		artists = Set.copyOf(artists);
		preferredDays = Set.copyOf(preferredDays);
		attendedEventIds = Set.copyOf(attendedEventIds);
		segmentIds = Set.copyOf(segmentIds);
	}

}
