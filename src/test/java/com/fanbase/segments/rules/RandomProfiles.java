package com.fanbase.segments.rules;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random {@link ProfileFacts} from a seeded {@link Random}, drawn from small pools that
 * {@link RandomCriteria} draws its operands from, so that comparisons land on their
 * boundaries (equal amounts, a last purchase exactly N days before {@code asOf}, a city
 * that differs only in case and spaces). Times have microsecond precision, as in
 * PostgreSQL; names and places are ASCII, so that PostgreSQL's {@code lower()} agrees
 * with Java's whatever the database's collation.
 * <p>
 * To store a profile for a SQL test: {@code customers} (email present iff
 * {@code hasEmail}, {@code phone_e164} iff {@code hasPhone}, consents, {@code created_at}
 * = {@code customerSince}), {@code customer_profiles} (the remaining columns), one paid
 * order per attended event id (plus, to test the status filter, unpaid orders for others)
 * and one {@code audience_segment_customers} row per segment id.
 */
public final class RandomProfiles {

	static final List<Long> MONEY_CENTS = List.of(0L, 5_000L, 9_999L, 10_000L, 10_050L, 25_000L);

	static final List<Integer> SMALL_COUNTS = List.of(0, 1, 2, 3, 5);

	static final List<Integer> SCORES = List.of(0, 10, 25, 50, 60, 75, 100);

	static final List<Integer> AGES = List.of(16, 18, 25, 35, 36, 64);

	static final List<Double> RATES = List.of(0.0, 0.1, 0.25, 0.3, 1.0, 1.7);

	static final List<Integer> DAYS = List.of(0, 1, 7, 30, 90, 180, 365);

	/** How far past a whole number of days a time may lie: zero, a microsecond, ... */
	static final List<Long> DAY_OFFSETS_MICROS = List.of(0L, 1L, 6 * 3_600_000_000L, FactReader.DAY_MICROS - 1);

	static final List<String> GENRES = List.of("rock", "indie", "pop", "jazz", "techno");

	static final List<String> EVENT_TYPES = List.of("concert", "festival", "theatre", "comedy");

	static final List<String> ARTISTS = List.of("Radiohead", "Arctic Monkeys", "ABBA", "Daft Punk");

	static final List<String> CITIES = List.of("Berlin", "BERLIN", "Hamburg ", " hamburg", "Wien");

	static final List<String> COUNTRIES = List.of("DE", "AT", "CH");

	static final List<Long> EVENT_IDS = List.of(1L, 2L, 3L, 4L, 5L, 6L);

	static final List<Long> SEGMENT_IDS = List.of(1L, 2L, 3L, 4L);

	private final Random random;

	private final Instant asOf;

	public RandomProfiles(Random random, Instant asOf) {
		this.random = random;
		this.asOf = asOf.truncatedTo(ChronoUnit.MICROS);
	}

	public ProfileFacts next(long customerId) {
		boolean bought = this.random.nextInt(5) > 0;
		long total = bought ? pick(MONEY_CENTS) : 0;
		int purchases = bought ? 1 + this.random.nextInt(4) : 0;
		return new ProfileFacts(customerId, total, bought ? pick(MONEY_CENTS) : null, purchases, pick(SCORES),
				orNull(pick(SCORES)), orNull(pick(AGES)), orNull(pick(MONEY_CENTS)), orNull(pick(RATES)),
				bought ? daysAgo() : null, daysAgo(), subset(GENRES), subset(EVENT_TYPES), subset(ARTISTS),
				subset(Field.WEEKDAYS), orNull(pick(CITIES)), orNull(pick(COUNTRIES)), this.random.nextBoolean(),
				this.random.nextBoolean(), this.random.nextBoolean(), this.random.nextBoolean(), subset(EVENT_IDS),
				subset(SEGMENT_IDS));
	}

	/** A whole number of pool days before {@code asOf}, plus a pool offset. */
	private Instant daysAgo() {
		long micros = pick(DAYS) * FactReader.DAY_MICROS + pick(DAY_OFFSETS_MICROS);
		return this.asOf.minus(micros, ChronoUnit.MICROS);
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private <T> T orNull(T value) {
		return (this.random.nextInt(6) == 0) ? null : value;
	}

	private <T> Set<T> subset(List<T> values) {
		Set<T> subset = new LinkedHashSet<>();
		int size = this.random.nextInt(4);
		for (int i = 0; i < size; i++) {
			subset.add(pick(values));
		}
		return subset;
	}

}
