package com.fanbase.demo;

import java.util.List;

/**
 * One generated event. Events are few enough (tens of thousands at most) to keep in
 * memory, which lets customers' purchases be generated independently of each other.
 *
 * @param id 1-based, in order of start time
 * @param name display name
 * @param type kind of event
 * @param genres one to three
 * @param acts one to four billed acts
 * @param venue where it happens
 * @param startsAt epoch second
 * @param minPriceCents cheapest ticket tier
 * @param maxPriceCents dearest ticket tier
 * @param status scheduled, cancelled, postponed or completed
 * @param demand relative attractiveness to buyers, from act popularity and venue size
 */
record Event(long id, String name, EventType type, List<Genre> genres, List<Act> acts, Venue venue, long startsAt,
		long minPriceCents, long maxPriceCents, EventStatus status, double demand) {

	City city() {
		return this.venue.city();
	}

	Event withId(long id, EventStatus status) {
		return new Event(id, this.name, this.type, this.genres, this.acts, this.venue, this.startsAt,
				this.minPriceCents, this.maxPriceCents, status, this.demand);
	}

}
