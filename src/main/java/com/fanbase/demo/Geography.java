package com.fanbase.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed map of the demo world: cities with their populations, price levels and phone
 * formats, and the venues in each. It does not depend on the seed, so venue names are
 * stable across generated data sets.
 */
final class Geography {

	private static final String[] HALL_NAMES = { "Palladium", "Columbia", "Union", "Electric", "Harbour", "Foundry",
			"Gasworks", "Riverside", "Old Mill", "Crystal", "Tramshed", "Boiler House", "Mercury", "Paradiso",
			"Roundhouse" };

	private static final String[] CLUB_NAMES = { "Astra", "Lido", "Nightingale", "Volta", "Kantine", "Basement", "Echo",
			"Luna", "Orbit", "Velvet", "Loft", "Bunker", "Neon", "Cellar", "Tresor", "Moonlight", "Ritz" };

	private static final String[] THEATRE_NAMES = { "Apollo", "Capitol", "Metropol", "Odeon", "Rialto", "Majestic",
			"Palace", "Empire", "Savoy", "Alhambra", "Colosseum", "Adelphi", "Lyceum", "Orpheum", "Tivoli",
			"Bellevue" };

	private final List<City> cities;

	private final List<List<Venue>> venuesByCity;

	Geography() {
		this.cities = defineCities();
		List<List<Venue>> venues = new ArrayList<>();
		for (City city : this.cities) {
			venues.add(venues(city));
		}
		this.venuesByCity = List.copyOf(venues);
	}

	List<City> cities() {
		return this.cities;
	}

	/**
	 * Venues of a kind in a city; every city has at least one of every kind but
	 * conventions.
	 */
	List<Venue> venues(City city, VenueKind kind) {
		List<Venue> matching = new ArrayList<>(2);
		for (Venue venue : this.venuesByCity.get(city.index())) {
			if (venue.kind() == kind) {
				matching.add(venue);
			}
		}
		return matching;
	}

	private static List<City> defineCities() {
		Object[][] rows = { { "Berlin", Country.DE, 3.7, 1.05, "030 #######" },
				{ "Hamburg", Country.DE, 1.9, 1.05, "040 #######" }, { "Munich", Country.DE, 1.5, 1.15, "089 #######" },
				{ "Cologne", Country.DE, 1.1, 1.0, "0221 #######" },
				{ "Frankfurt", Country.DE, 0.77, 1.05, "069 #######" },
				{ "Stuttgart", Country.DE, 0.63, 1.05, "0711 #######" },
				{ "Leipzig", Country.DE, 0.6, 0.9, "0341 #######" },
				{ "Amsterdam", Country.NL, 0.92, 1.1, "020 #######" },
				{ "Rotterdam", Country.NL, 0.66, 1.0, "010 #######" },
				{ "Utrecht", Country.NL, 0.36, 1.0, "030 #######" },
				{ "Paris", Country.FR, 2.1, 1.2, "01 ## ## ## ##" },
				{ "Lyon", Country.FR, 0.52, 1.0, "04 ## ## ## ##" },
				{ "Marseille", Country.FR, 0.87, 0.95, "04 ## ## ## ##" },
				{ "Madrid", Country.ES, 3.3, 0.95, "91 ### ## ##" },
				{ "Barcelona", Country.ES, 1.6, 1.0, "93 ### ## ##" },
				{ "Valencia", Country.ES, 0.8, 0.85, "96 ### ## ##" },
				{ "Milan", Country.IT, 1.4, 1.1, "02 #### ####" }, { "Rome", Country.IT, 2.8, 1.05, "06 #### ####" },
				{ "Turin", Country.IT, 0.85, 0.95, "011 ### ####" }, { "Vienna", Country.AT, 1.9, 1.1, "01 #######" },
				{ "Graz", Country.AT, 0.3, 0.95, "0316 ######" }, { "London", Country.GB, 8.9, 1.3, "020 #### ####" },
				{ "Manchester", Country.GB, 0.55, 1.05, "0161 ### ####" },
				{ "Birmingham", Country.GB, 1.1, 1.0, "0121 ### ####" },
				{ "Glasgow", Country.GB, 0.63, 0.95, "0141 ### ####" } };
		List<City> cities = new ArrayList<>();
		for (Object[] row : rows) {
			cities.add(new City(cities.size(), (String) row[0], (Country) row[1], (double) row[2], (double) row[3],
					(String) row[4]));
		}
		return List.copyOf(cities);
	}

	private static List<Venue> venues(City city) {
		String name = city.name();
		int i = city.index();
		List<Venue> venues = new ArrayList<>();
		venues.add(new Venue(city.country().stadiumPattern().replace("%", name), VenueKind.STADIUM, city));
		venues.add(new Venue(name + " Arena", VenueKind.ARENA, city));
		venues.add(new Venue(name + " Festival Park", VenueKind.OPEN_AIR, city));
		venues.add(new Venue(HALL_NAMES[i % HALL_NAMES.length], VenueKind.HALL, city));
		venues.add(new Venue("Club " + CLUB_NAMES[i % CLUB_NAMES.length], VenueKind.CLUB, city));
		venues.add(new Venue(theatre(city, i), VenueKind.THEATRE, city));
		if (city.population() >= 1.0) {
			venues.add(new Venue(name + " Expo", VenueKind.CONVENTION, city));
			venues.add(new Venue(HALL_NAMES[(i + 7) % HALL_NAMES.length], VenueKind.HALL, city));
			venues.add(new Venue("Club " + CLUB_NAMES[(i + 5) % CLUB_NAMES.length], VenueKind.CLUB, city));
			venues.add(new Venue(theatre(city, i + 9), VenueKind.THEATRE, city));
		}
		return List.copyOf(venues);
	}

	private static String theatre(City city, int slot) {
		return city.country().theatrePattern().replace("%", THEATRE_NAMES[slot % THEATRE_NAMES.length]);
	}

}
