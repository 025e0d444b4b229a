package com.fanbase.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Theatre productions: a run of nightly shows in one theatre, dark on Mondays. Unlike
 * tours, a run concentrates one title in one city over a few weeks.
 */
final class RunPlanner {

	private final EventFactory factory;

	private final WeightedList<City> cities;

	RunPlanner(EventFactory factory) {
		this.factory = factory;
		this.cities = new WeightedList<>(factory.geography().cities(), City::eventWeight);
	}

	void plan(int quota, List<Event> out) {
		Rng rng = this.factory.rng();
		int planned = 0;
		while (planned < quota) {
			int shows = Math.min(quota - planned, rng.nextInt(3, 16));
			planned += run(shows, rng, out);
		}
	}

	private int run(int shows, Rng rng, List<Event> out) {
		Genre genre = Genre.draw(EventType.THEATRE, rng);
		String title = ActNames.title(rng) + ((genre == Genre.MUSICAL) ? " – The Musical" : "");
		List<Act> cast = cast(genre, rng);
		Venue venue = this.factory.venue(this.cities.pick(rng), VenueKind.THEATRE);
		long day = this.factory.seasonalDay(EventType.THEATRE);
		int added = 0;
		while (added < shows && this.factory.inSpan(day)) {
			if (IsoTime.dayOfWeek(day) != 1) {
				out.add(this.factory.event(title, EventType.THEATRE, List.of(genre), cast, venue, day));
				added++;
			}
			day++;
		}
		return added;
	}

	private List<Act> cast(Genre genre, Rng rng) {
		WeightedList<Act> actors = this.factory.roster().byGenre(genre);
		List<Act> cast = new ArrayList<>();
		int size = rng.nextInt(1, 5);
		for (int i = 0; i < size && !actors.isEmpty(); i++) {
			Act actor = actors.pick(rng);
			if (!cast.contains(actor)) {
				cast.add(actor);
			}
		}
		if (cast.isEmpty()) {
			cast.add(this.factory.roster().byKind(EventType.THEATRE).pick(rng));
		}
		return cast;
	}

}
