package com.fanbase.demo;

import java.util.List;

/**
 * Picks the event a customer buys or looks at, at a moment in time: usually one of their
 * genres in their city a few weeks out, sometimes in their country, an act they follow, a
 * festival they travel to, or something new at home. Among the few events nearest the
 * intended date, popular, affordable and familiar ones win.
 */
final class EventChooser {

	private static final long MIN_LEAD = 2 * IsoTime.HOUR;

	private static final long MAX_LEAD_DAYS = 240;

	/** Median lead time of three weeks, spread from days to months. */
	private static final double MEDIAN_LEAD_DAYS = 21;

	private final List<Event> events;

	private final EventIndex index;

	private final double[] scores = new double[3];

	private final int[] candidates = new int[3];

	EventChooser(World world) {
		this.events = world.events();
		this.index = world.index();
	}

	/** Position of an event starting after {@code at}, or -1 if nothing is on sale. */
	int choose(CustomerTraits traits, long at, Rng rng) {
		Genre genre = traits.pickGenre(rng);
		double leadDays = Math.min(MAX_LEAD_DAYS, MEDIAN_LEAD_DAYS * StrictMath.exp(rng.gaussian()));
		// Rather than an event months away in a sparse list, a broader list is tried.
		double horizonDays = Math.min(MAX_LEAD_DAYS, Math.max(4 * leadDays, 45));
		Window window = new Window(at, at + (long) (leadDays * IsoTime.DAY), at + (long) (horizonDays * IsoTime.DAY));
		Country country = traits.home().country();
		int chosen = near(firstChoice(traits, genre, rng), traits, window, rng);
		chosen = (chosen >= 0) ? chosen : near(this.index.country(country, genre), traits, window, rng);
		chosen = (chosen >= 0) ? chosen : near(this.index.city(traits.home()), traits, window, rng);
		chosen = (chosen >= 0) ? chosen : near(this.index.country(country), traits, window, rng);
		Window anything = new Window(at, window.target(), at + MAX_LEAD_DAYS * IsoTime.DAY);
		return (chosen >= 0) ? chosen : near(this.index.all(), traits, anything, rng);
	}

	/**
	 * Where the customer looks first; the fallbacks in {@link #choose} widen the search.
	 */
	private TimeList firstChoice(CustomerTraits traits, Genre genre, Rng rng) {
		double u = rng.nextDouble();
		List<Act> favourites = traits.favouriteActs();
		if (u < 0.12 && !favourites.isEmpty()) {
			return this.index.act(favourites.get(rng.nextInt(favourites.size())));
		}
		double festivals = !genre.isMusic() ? 0 : (traits.favouriteType() == EventType.FESTIVAL) ? 0.35 : 0.04;
		if (u >= 0.12 && u < 0.12 + festivals) {
			return this.index.festivals();
		}
		if (u < 0.75) {
			return this.index.city(traits.home(), genre);
		}
		// Mostly the same genre further away, sometimes something new at home.
		return (u < 0.92) ? this.index.country(traits.home().country(), genre) : this.index.city(traits.home());
	}

	/**
	 * When the customer is shopping, when they would ideally go, how far ahead they look.
	 */
	private record Window(long at, long target, long horizon) {

	}

	/** One of the (up to) three events around the target date, weighted by appeal. */
	private int near(TimeList list, CustomerTraits traits, Window window, Rng rng) {
		int first = list.firstAfter(window.at() + MIN_LEAD);
		if (first == list.size() || list.start(first) > window.horizon()) {
			return -1;
		}
		int middle = Math.max(first, Math.min(list.firstAfter(window.target()), list.size() - 1));
		int count = 0;
		double total = 0;
		for (int i = Math.max(first, middle - 1); i <= Math.min(middle + 1, list.size() - 1); i++) {
			if (list.start(i) <= window.horizon()) {
				int position = list.position(i);
				this.candidates[count] = position;
				this.scores[count] = appeal(this.events.get(position), traits);
				total += this.scores[count++];
			}
		}
		double pick = rng.nextDouble() * total;
		for (int i = 0; i < count - 1; i++) {
			pick -= this.scores[i];
			if (pick < 0) {
				return this.candidates[i];
			}
		}
		return this.candidates[count - 1];
	}

	private static double appeal(Event event, CustomerTraits traits) {
		double appeal = StrictMath.sqrt(event.demand());
		double affordability = (double) traits.priceComfortCents() / event.minPriceCents();
		if (affordability < 1) {
			appeal *= affordability * affordability;
		}
		if (!likesAny(traits, event.genres())) {
			appeal *= 0.2;
		}
		City city = event.city();
		if (city != traits.home()) {
			appeal *= (city.country() == traits.home().country() || event.type() == EventType.FESTIVAL) ? 0.5 : 0.15;
		}
		return appeal;
	}

	private static boolean likesAny(CustomerTraits traits, List<Genre> genres) {
		for (Genre genre : genres) {
			if (traits.genres().contains(genre)) {
				return true;
			}
		}
		return false;
	}

}
