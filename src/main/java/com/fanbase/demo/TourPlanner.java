package com.fanbase.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Concert and comedy tours: an act plays a run of different cities a few days apart, so
 * "fans of X in Hamburg" and "X is coming to Cologne next week" are real patterns.
 * Comedians mostly stay in their own language area; popular musicians go further and play
 * bigger rooms.
 */
final class TourPlanner {

	private final EventFactory factory;

	private final WeightedList<City> cities;

	TourPlanner(EventFactory factory) {
		this.factory = factory;
		this.cities = new WeightedList<>(factory.geography().cities(), City::eventWeight);
	}

	void plan(EventType type, List<Act> acts, int quota, List<Event> out) {
		if (acts.isEmpty()) {
			return;
		}
		Rng rng = this.factory.rng();
		WeightedList<Act> touring = new WeightedList<>(acts, (act) -> StrictMath.sqrt(act.popularity()));
		int planned = 0;
		while (planned < quota) {
			Act act = touring.pick(rng);
			int length = (int) Math.min(14, 1 + rng.exponential() * (1 + StrictMath.sqrt(act.popularity())));
			planned += tour(type, act, Math.min(length, quota - planned), out);
		}
	}

	private int tour(EventType type, Act act, int length, List<Event> out) {
		Rng rng = this.factory.rng();
		String name = (type == EventType.COMEDY || length > 2) ? act.name() + ": " + ActNames.title(rng)
				: act.name() + " Live";
		List<Genre> genres = genres(act, rng);
		long day = this.factory.seasonalDay(type);
		List<City> visited = new ArrayList<>();
		City city = rng.chance(0.5) ? act.home() : this.cities.pick(rng);
		int added = 0;
		while (added < length && this.factory.inSpan(day)) {
			visited.add(city);
			Venue venue = this.factory.venue(city, venueKind(type, act.popularity()));
			out.add(this.factory.event(name, type, genres, billing(act, rng), venue, day));
			added++;
			day += rng.nextInt(1, 4);
			city = nextCity(type, act, visited, rng);
		}
		return added;
	}

	private City nextCity(EventType type, Act act, List<City> visited, Rng rng) {
		boolean stayHome = (type == EventType.COMEDY) ? rng.chance(0.9) : rng.chance(0.55);
		for (int attempt = 0; attempt < 20; attempt++) {
			City candidate = this.cities.pick(rng);
			boolean sameCountry = candidate.country() == act.home().country();
			if (!visited.contains(candidate) && (sameCountry || !stayHome)) {
				return candidate;
			}
		}
		return this.cities.pick(rng);
	}

	private List<Genre> genres(Act act, Rng rng) {
		if (rng.chance(0.4)) {
			Genre related = Genre.draw(act.genre().kind(), rng);
			if (related != act.genre()) {
				return List.of(act.genre(), related);
			}
		}
		return List.of(act.genre());
	}

	/** The headliner, sometimes with a less popular support act of the same genre. */
	private List<Act> billing(Act headliner, Rng rng) {
		if (rng.chance(0.3)) {
			Act support = this.factory.roster().byGenre(headliner.genre()).pick(rng);
			if (support.popularity() < headliner.popularity()) {
				return List.of(headliner, support);
			}
		}
		return List.of(headliner);
	}

	private static VenueKind venueKind(EventType type, double popularity) {
		if (type == EventType.COMEDY) {
			return (popularity > 8) ? VenueKind.ARENA : (popularity > 2) ? VenueKind.THEATRE : VenueKind.CLUB;
		}
		if (popularity > 12) {
			return (popularity > 30) ? VenueKind.STADIUM : VenueKind.ARENA;
		}
		return (popularity > 3) ? VenueKind.HALL : VenueKind.CLUB;
	}

}
