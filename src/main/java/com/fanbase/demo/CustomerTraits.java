package com.fanbase.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The hidden tastes behind a customer's behaviour: where they live, what they like, what
 * they will pay and whether they want marketing. Never written out; segmentation and
 * recommendation should be able to recover them from orders and activities.
 *
 * @param home home city
 * @param favouriteType the kind of event they go to most
 * @param genres one to three, most liked first
 * @param favouriteActs zero to three acts they follow, e.g. their home football club
 * @param priceComfortCents the entry price above which they start to hesitate
 * @param priceSensitivity 0 buys the dearest tiers, 1 the cheapest
 * @param emailConsent whether they accept newsletters
 * @param adsConsent whether they accept ad-platform audiences
 */
record CustomerTraits(City home, EventType favouriteType, List<Genre> genres, List<Act> favouriteActs,
		long priceComfortCents, double priceSensitivity, boolean emailConsent, boolean adsConsent) {

	private static final EventType[] TYPES = EventType.values();

	private static final double[] TYPE_WEIGHTS = { 0.42, 0.10, 0.16, 0.13, 0.14, 0.05 };

	private static final double[] GENRE_COUNT_WEIGHTS = { 0.4, 0.4, 0.2 };

	private static final double[] ACT_COUNT_WEIGHTS = { 0.3, 0.35, 0.2, 0.15 };

	/**
	 * Derives the traits from the customer's own stream; {@code rng} must be freshly
	 * seeded.
	 */
	static CustomerTraits derive(World world, Rng rng) {
		City home = world.homes().pick(rng);
		EventType favouriteType = TYPES[rng.pick(TYPE_WEIGHTS)];
		List<Genre> genres = genres(favouriteType, rng);
		List<Act> favouriteActs = favouriteActs(world.roster(), home, genres, rng);
		double sensitivity = rng.nextDouble();
		// From about 250 euros for the least to 25 euros for the most price-sensitive.
		double comfortEuros = 250 * StrictMath.pow(0.1, sensitivity);
		if (favouriteType == EventType.CONFERENCE) {
			comfortEuros *= 3;
		}
		boolean emailConsent = rng.chance(0.65);
		// Correlated: people who accept email are more open to ads, 45% overall.
		boolean adsConsent = rng.chance(emailConsent ? 0.55 : 0.265);
		return new CustomerTraits(home, favouriteType, genres, favouriteActs, Math.round(comfortEuros * 100),
				sensitivity, emailConsent, adsConsent);
	}

	/** A genre to shop for now, most often the favourite. */
	Genre pickGenre(Rng rng) {
		double u = rng.nextDouble();
		int size = this.genres.size();
		int index = (size == 1 || u < 0.6) ? 0 : (size == 2 || u < 0.85) ? 1 : 2;
		return this.genres.get(index);
	}

	/**
	 * The customer's age band centre, from what their main genre's audience looks like.
	 */
	int typicalAge() {
		return this.genres.get(0).typicalAge();
	}

	private static List<Genre> genres(EventType favouriteType, Rng rng) {
		List<Genre> genres = new ArrayList<>(3);
		genres.add(Genre.draw(favouriteType, rng));
		int extra = rng.pick(GENRE_COUNT_WEIGHTS);
		for (int i = 0; i < extra; i++) {
			EventType type = rng.chance(0.7) ? favouriteType : TYPES[rng.pick(TYPE_WEIGHTS)];
			Genre genre = Genre.draw(type, rng);
			if (!genres.contains(genre)) {
				genres.add(genre);
			}
		}
		return List.copyOf(genres);
	}

	private static List<Act> favouriteActs(ActRoster roster, City home, List<Genre> genres, Rng rng) {
		int count = rng.pick(ACT_COUNT_WEIGHTS);
		List<Act> acts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Genre genre = genres.get(i % genres.size());
			Act act = (genre.kind() == EventType.SPORT) ? roster.homeTeam(genre, home) : null;
			if (act == null && !roster.byGenre(genre).isEmpty()) {
				act = roster.byGenre(genre).pick(rng);
			}
			if (act != null && !acts.contains(act)) {
				acts.add(act);
			}
		}
		return List.copyOf(acts);
	}

}
