package com.fanbase.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that is shared by all customers and small enough to hold: the map, the acts
 * and the events with their indexes. Built once per generator from the seed alone.
 */
final class World {

	/** Events start up to three years before now... */
	static final long PAST = 3 * 365 * IsoTime.DAY;

	/** ...and up to about nine months after it. */
	static final long FUTURE = 270 * IsoTime.DAY;

	private final long now;

	private final long spanStart;

	private final Geography geography;

	private final ActRoster roster;

	private final List<Event> events;

	private final EventIndex index;

	private final WeightedList<City> homes;

	World(DemoScale scale, long now) {
		this.now = now;
		this.spanStart = now - PAST;
		this.geography = new Geography();
		Rng rng = new Rng(RngStream.WORLD.seed(scale.seed(), 0));
		Map<EventType, Integer> quotas = quotas(scale.events());
		this.roster = new ActRoster(this.geography, quotas, rng);
		EventFactory factory = new EventFactory(this.geography, this.roster, rng, this.spanStart, now + FUTURE);
		this.events = plan(factory, quotas, new Rng(RngStream.EVENT_STATUS.seed(scale.seed(), 0)));
		this.index = new EventIndex(this.events, this.geography.cities().size(), this.roster.all().size());
		this.homes = new WeightedList<>(this.geography.cities(), City::customerWeight);
	}

	long now() {
		return this.now;
	}

	/** The earliest event day; customers sign up after it. */
	long spanStart() {
		return this.spanStart;
	}

	List<Event> events() {
		return this.events;
	}

	EventIndex index() {
		return this.index;
	}

	ActRoster roster() {
		return this.roster;
	}

	/** Cities to draw a customer's home from, by population and market share. */
	WeightedList<City> homes() {
		return this.homes;
	}

	private List<Event> plan(EventFactory factory, Map<EventType, Integer> quotas, Rng statusRng) {
		List<Event> drafts = new ArrayList<>();
		TourPlanner tours = new TourPlanner(factory);
		EditionPlanner editions = new EditionPlanner(factory);
		tours.plan(EventType.CONCERT, this.roster.byKind(EventType.CONCERT).items(), quotas.get(EventType.CONCERT),
				drafts);
		editions.plan(EventType.FESTIVAL, quotas.get(EventType.FESTIVAL), drafts);
		new RunPlanner(factory).plan(quotas.get(EventType.THEATRE), drafts);
		tours.plan(EventType.COMEDY, this.roster.byKind(EventType.COMEDY).items(), quotas.get(EventType.COMEDY),
				drafts);
		new FixturePlanner(factory).plan(quotas.get(EventType.SPORT), drafts);
		editions.plan(EventType.CONFERENCE, quotas.get(EventType.CONFERENCE), drafts);
		// Stable sort, so simultaneous events keep their planning order and ids stay
		// deterministic.
		drafts.sort(Comparator.comparingLong(Event::startsAt));
		List<Event> events = new ArrayList<>(drafts.size());
		for (Event draft : drafts) {
			EventStatus status = EventStatus.draw(draft.startsAt() < this.now, statusRng);
			events.add(draft.withId(events.size() + 1, status));
		}
		return List.copyOf(events);
	}

	/** Events per type in proportion to the type shares; concerts take the rounding. */
	private static Map<EventType, Integer> quotas(int total) {
		Map<EventType, Integer> quotas = new EnumMap<>(EventType.class);
		int assigned = 0;
		for (EventType type : EventType.values()) {
			if (type != EventType.CONCERT) {
				int quota = (int) (total * type.share());
				quotas.put(type, quota);
				assigned += quota;
			}
		}
		quotas.put(EventType.CONCERT, total - assigned);
		return quotas;
	}

}
