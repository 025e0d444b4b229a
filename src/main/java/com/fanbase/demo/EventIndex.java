package com.fanbase.demo;

import java.util.Arrays;
import java.util.List;

/**
 * Events grouped the ways a buyer looks for them (home city and genre, country, a
 * favourite act, festivals anywhere), each in start order so "what is on in a few weeks"
 * is a binary search instead of a scan.
 */
final class EventIndex {

	private static final int GENRES = Genre.values().length;

	private final TimeList all;

	private final TimeList festivals;

	private final TimeList[] byCity;

	private final TimeList[] byCountry;

	private final TimeList[] byCityGenre;

	private final TimeList[] byCountryGenre;

	private final TimeList[] byAct;

	EventIndex(List<Event> events, int cityCount, int actCount) {
		int genres = GENRES;
		int countries = Country.values().length;
		Positions all = new Positions();
		Positions festivals = new Positions();
		Positions[] byCity = Positions.array(cityCount);
		Positions[] byCountry = Positions.array(countries);
		Positions[] byCityGenre = Positions.array(cityCount * genres);
		Positions[] byCountryGenre = Positions.array(countries * genres);
		Positions[] byAct = Positions.array(actCount);
		for (int i = 0; i < events.size(); i++) {
			Event event = events.get(i);
			int city = event.city().index();
			int country = event.city().country().ordinal();
			all.add(i);
			byCity[city].add(i);
			byCountry[country].add(i);
			if (event.type() == EventType.FESTIVAL) {
				festivals.add(i);
			}
			for (Genre genre : event.genres()) {
				byCityGenre[city * genres + genre.ordinal()].add(i);
				byCountryGenre[country * genres + genre.ordinal()].add(i);
			}
			for (Act act : event.acts()) {
				byAct[act.index()].add(i);
			}
		}
		this.all = all.toTimeList(events);
		this.festivals = festivals.toTimeList(events);
		this.byCity = Positions.toTimeLists(byCity, events);
		this.byCountry = Positions.toTimeLists(byCountry, events);
		this.byCityGenre = Positions.toTimeLists(byCityGenre, events);
		this.byCountryGenre = Positions.toTimeLists(byCountryGenre, events);
		this.byAct = Positions.toTimeLists(byAct, events);
	}

	TimeList all() {
		return this.all;
	}

	TimeList festivals() {
		return this.festivals;
	}

	TimeList city(City city) {
		return this.byCity[city.index()];
	}

	TimeList country(Country country) {
		return this.byCountry[country.ordinal()];
	}

	TimeList city(City city, Genre genre) {
		return this.byCityGenre[city.index() * GENRES + genre.ordinal()];
	}

	TimeList country(Country country, Genre genre) {
		return this.byCountryGenre[country.ordinal() * GENRES + genre.ordinal()];
	}

	TimeList act(Act act) {
		return this.byAct[act.index()];
	}

	/** A growable list of event positions, used only while indexing. */
	private static final class Positions {

		private int[] values = new int[0];

		private int size;

		void add(int position) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, Math.max(4, this.size * 2));
			}
			this.values[this.size++] = position;
		}

		TimeList toTimeList(List<Event> events) {
			return (this.size == 0) ? TimeList.EMPTY : new TimeList(events, this.values, this.size);
		}

		static Positions[] array(int length) {
			Positions[] array = new Positions[length];
			Arrays.setAll(array, (i) -> new Positions());
			return array;
		}

		static TimeList[] toTimeLists(Positions[] positions, List<Event> events) {
			TimeList[] lists = new TimeList[positions.length];
			for (int i = 0; i < positions.length; i++) {
				lists[i] = positions[i].toTimeList(events);
			}
			return lists;
		}

	}

}
