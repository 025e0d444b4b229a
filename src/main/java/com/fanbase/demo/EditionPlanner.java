package com.fanbase.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Festivals and conferences: recurring brands held once a year in the same city at about
 * the same time, with a new line-up each edition. Summer festivals are why some fans
 * travel and why festival buyers look seasonal.
 */
final class EditionPlanner {

	private final EventFactory factory;

	private final WeightedList<City> cities;

	EditionPlanner(EventFactory factory) {
		this.factory = factory;
		this.cities = new WeightedList<>(factory.geography().cities(), City::eventWeight);
	}

	void plan(EventType type, int quota, List<Event> out) {
		Rng rng = this.factory.rng();
		int planned = 0;
		while (planned < quota) {
			planned += brand(type, quota - planned, rng, out);
		}
	}

	private int brand(EventType type, int limit, Rng rng, List<Event> out) {
		boolean festival = type == EventType.FESTIVAL;
		City city = this.cities.pick(rng);
		VenueKind kind = festival ? VenueKind.OPEN_AIR : VenueKind.CONVENTION;
		Venue venue = this.factory.venue(city, kind);
		List<Genre> genres = genres(type, rng);
		String name = festival ? ActNames.festival(city, genres.get(0), rng)
				: ActNames.conference(city, genres.get(0), rng);
		long firstDay = this.factory.seasonalDay(type);
		int firstYear = IsoTime.year(this.factory.firstDay());
		int lastYear = IsoTime.year(this.factory.lastDay());
		int added = 0;
		for (int year = firstYear; year <= lastYear && added < limit; year++) {
			long day = weekday(IsoTime.epochDay(year, IsoTime.month(firstDay), 1) + rng.nextInt(28), festival);
			if (this.factory.inSpan(day)) {
				List<Act> billing = lineUp(genres, rng.nextInt(2, 5), rng);
				out.add(this.factory.event(name + " " + year, type, genres, billing, venue, day));
				added++;
			}
		}
		return added;
	}

	private static List<Genre> genres(EventType type, Rng rng) {
		List<Genre> genres = new ArrayList<>();
		int count = (type == EventType.FESTIVAL) ? rng.nextInt(1, 4) : rng.nextInt(1, 3);
		for (int i = 0; i < count; i++) {
			Genre genre = Genre.draw(type, rng);
			if (!genres.contains(genre)) {
				genres.add(genre);
			}
		}
		return genres;
	}

	private List<Act> lineUp(List<Genre> genres, int size, Rng rng) {
		List<Act> billing = new ArrayList<>();
		for (int attempt = 0; attempt < size * 3 && billing.size() < size; attempt++) {
			WeightedList<Act> candidates = this.factory.roster().byGenre(genres.get(rng.nextInt(genres.size())));
			if (!candidates.isEmpty()) {
				Act act = candidates.pick(rng);
				if (!billing.contains(act)) {
					billing.add(act);
				}
			}
		}
		if (billing.isEmpty()) {
			billing.add(this.factory.roster().byKind(genres.get(0).kind()).pick(rng));
		}
		return billing;
	}

	/** Festivals open on a Friday; conferences run midweek. */
	private static long weekday(long day, boolean festival) {
		int target = festival ? 5 : 3;
		return day + Math.floorMod(target - IsoTime.dayOfWeek(day), 7);
	}

}
