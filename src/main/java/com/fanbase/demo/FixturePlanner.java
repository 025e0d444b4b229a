package com.fanbase.demo;

import java.util.List;

/**
 * Sports fixtures: a home team against a rival, mostly from the same country, at the
 * weekend in the home team's stadium or arena.
 */
final class FixturePlanner {

	private final EventFactory factory;

	FixturePlanner(EventFactory factory) {
		this.factory = factory;
	}

	void plan(int quota, List<Event> out) {
		Rng rng = this.factory.rng();
		int planned = 0;
		while (planned < quota) {
			Genre sport = Genre.draw(EventType.SPORT, rng);
			WeightedList<Act> teams = this.factory.roster().byGenre(sport);
			Act home = teams.pick(rng);
			Act away = opponent(home, teams, rng);
			long day = weekend(this.factory.seasonalDay(EventType.SPORT), rng);
			if (away != null && this.factory.inSpan(day)) {
				VenueKind kind = (sport == Genre.FOOTBALL) ? VenueKind.STADIUM : VenueKind.ARENA;
				Venue venue = this.factory.venue(home.home(), kind);
				String name = home.name() + " vs " + away.name();
				out.add(this.factory.event(name, EventType.SPORT, List.of(sport), List.of(home, away), venue, day));
				planned++;
			}
		}
	}

	private static Act opponent(Act home, WeightedList<Act> teams, Rng rng) {
		Act fallback = null;
		for (int attempt = 0; attempt < 30; attempt++) {
			Act candidate = teams.items().get(rng.nextInt(teams.items().size()));
			if (candidate != home) {
				if (candidate.home().country() == home.home().country()) {
					return candidate;
				}
				fallback = candidate;
			}
		}
		return fallback;
	}

	private static long weekend(long day, Rng rng) {
		int dayOfWeek = IsoTime.dayOfWeek(day);
		long saturday = day + (6 - dayOfWeek);
		return saturday + (rng.chance(0.4) ? 1 : 0);
	}

}
