package com.fanbase.segments.rules;

import java.time.Instant;
import java.util.Set;

/**
 * {@link ProfileFacts} for example-based tests: a customer who never bought, with no
 * scores, preferences or place, changed one fact at a time.
 */
public final class ProfileFactsBuilder {

	private long totalSpentCents;

	private Long avgOrderCents;

	private int purchaseCount;

	private Integer churnRisk;

	private Integer age;

	private Double expectedPurchases90d;

	private Instant lastPurchaseAt;

	private Instant customerSince = Instant.parse("2020-01-01T00:00:00Z");

	private Set<String> genres = Set.of();

	private Set<String> artists = Set.of();

	private String city;

	private boolean emailConsent;

	private Set<Long> attendedEventIds = Set.of();

	private Set<Long> segmentIds = Set.of();

	public static ProfileFactsBuilder customer() {
		return new ProfileFactsBuilder();
	}

	public ProfileFactsBuilder spent(long totalCents, long avgOrderCents, int purchases) {
		this.totalSpentCents = totalCents;
		this.avgOrderCents = avgOrderCents;
		this.purchaseCount = purchases;
		return this;
	}

	public ProfileFactsBuilder churnRisk(Integer churnRisk) {
		this.churnRisk = churnRisk;
		return this;
	}

	public ProfileFactsBuilder age(Integer age) {
		this.age = age;
		return this;
	}

	public ProfileFactsBuilder expectedPurchases90d(Double expected) {
		this.expectedPurchases90d = expected;
		return this;
	}

	public ProfileFactsBuilder lastPurchaseAt(Instant lastPurchaseAt) {
		this.lastPurchaseAt = lastPurchaseAt;
		return this;
	}

	public ProfileFactsBuilder customerSince(Instant customerSince) {
		this.customerSince = customerSince;
		return this;
	}

	public ProfileFactsBuilder genres(String... genres) {
		this.genres = Set.of(genres);
		return this;
	}

	public ProfileFactsBuilder artists(String... artists) {
		this.artists = Set.of(artists);
		return this;
	}

	public ProfileFactsBuilder city(String city) {
		this.city = city;
		return this;
	}

	public ProfileFactsBuilder emailConsent(boolean emailConsent) {
		this.emailConsent = emailConsent;
		return this;
	}

	public ProfileFactsBuilder attended(Long... eventIds) {
		this.attendedEventIds = Set.of(eventIds);
		return this;
	}

	public ProfileFactsBuilder memberOf(Long... segmentIds) {
		this.segmentIds = Set.of(segmentIds);
		return this;
	}

	public ProfileFacts build() {
		return new ProfileFacts(1, this.totalSpentCents, this.avgOrderCents, this.purchaseCount, 0, this.churnRisk,
				this.age, null, this.expectedPurchases90d, this.lastPurchaseAt, this.customerSince, this.genres,
				Set.of(), this.artists, Set.of(), this.city, null, this.emailConsent, false, false, false,
				this.attendedEventIds, this.segmentIds);
	}

}
