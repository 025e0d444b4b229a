package com.fanbase.demo;

import java.util.List;

/**
 * What the event planners share: the time span, seasonal dates, local start times and
 * prices. Planners decide who plays where; this decides when and for how much.
 */
final class EventFactory {

	private final Geography geography;

	private final ActRoster roster;

	private final Rng rng;

	private final long firstDay;

	private final long lastDay;

	EventFactory(Geography geography, ActRoster roster, Rng rng, long spanStart, long spanEnd) {
		this.geography = geography;
		this.roster = roster;
		this.rng = rng;
		this.firstDay = Math.floorDiv(spanStart, IsoTime.DAY) + 1;
		this.lastDay = Math.floorDiv(spanEnd, IsoTime.DAY) - 1;
	}

	Rng rng() {
		return this.rng;
	}

	Geography geography() {
		return this.geography;
	}

	ActRoster roster() {
		return this.roster;
	}

	boolean inSpan(long epochDay) {
		return epochDay >= this.firstDay && epochDay <= this.lastDay;
	}

	long firstDay() {
		return this.firstDay;
	}

	long lastDay() {
		return this.lastDay;
	}

	/** A day in the span, more likely in the type's high season. */
	long seasonalDay(EventType type) {
		while (true) {
			long day = this.firstDay + this.rng.nextLong(this.lastDay - this.firstDay + 1);
			if (this.rng.nextDouble() < type.season(IsoTime.month(day))) {
				return day;
			}
		}
	}

	/** A venue of the kind in the city, falling back to a smaller kind the city has. */
	Venue venue(City city, VenueKind kind) {
		List<Venue> venues = this.geography.venues(city, kind);
		if (venues.isEmpty()) {
			venues = this.geography.venues(city, VenueKind.HALL);
		}
		return venues.get(this.rng.nextInt(venues.size()));
	}

	/**
	 * An event with prices derived from its type, city, acts and venue. Its id and status
	 * are assigned once all events are known and sorted.
	 */
	Event event(String name, EventType type, List<Genre> genres, List<Act> acts, Venue venue, long day) {
		double popularity = 1;
		for (Act act : acts) {
			popularity = Math.max(popularity, act.popularity());
		}
		double sizeFactor = 1 + 0.05 * StrictMath.log(venue.kind().capacity() / 1000.0 + 1);
		double euros = type.baseEuros(this.rng) * venue.city().priceFactor() * sizeFactor
				* (1 + 0.12 * StrictMath.log(popularity));
		long minCents = roundedPrice(euros);
		long maxCents = Math.max(minCents, roundedPrice(euros * type.spread(this.rng)));
		double demand = popularity * StrictMath.sqrt(venue.kind().capacity() / 1000.0);
		return new Event(0, name, type, List.copyOf(genres), List.copyOf(acts), venue,
				startsAt(day, type, venue.city()), minCents, maxCents, null, demand);
	}

	/** The doors time of the type in local time, as an epoch second. */
	private long startsAt(long day, EventType type, City city) {
		int offsetHours = city.country().utcOffsetHours(IsoTime.month(day));
		return day * IsoTime.DAY + (type.localMinuteOfDay() - offsetHours * 60L) * IsoTime.MINUTE;
	}

	/** Ticket prices end in .90 or .00 like real price lists. */
	private static long roundedPrice(double euros) {
		long whole = Math.max(5, Math.round(euros));
		return (whole >= 100) ? whole * 100 : whole * 100 - 10;
	}

}
