package com.fanbase.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyone who can be billed on an event, sized to the number of events so that each act
 * appears a handful of times. Popularity is Pareto-distributed: most acts are small, a
 * few are stars that fill arenas and attract fans from everywhere.
 */
final class ActRoster {

	private final List<Act> acts = new ArrayList<>();

	private final Set<String> names = new HashSet<>();

	private final Map<Genre, List<Act>> byGenre = new EnumMap<>(Genre.class);

	private final Map<Genre, WeightedList<Act>> byGenreWeighted = new EnumMap<>(Genre.class);

	private final Map<EventType, WeightedList<Act>> byKind = new EnumMap<>(EventType.class);

	private final Map<Genre, List<Act>> teamsByCity = new EnumMap<>(Genre.class);

	ActRoster(Geography geography, Map<EventType, Integer> quotas, Rng rng) {
		WeightedList<City> homes = new WeightedList<>(geography.cities(), City::customerWeight);
		int musicians = Math.max(30, quotas.get(EventType.CONCERT) / 4 + quotas.get(EventType.FESTIVAL));
		for (int i = 0; i < musicians; i++) {
			Genre genre = Genre.draw(EventType.CONCERT, rng);
			City home = homes.pick(rng);
			add(ActNames.musicAct(genre, home, rng), genre, home, rng);
		}
		addPeople(EventType.COMEDY, Math.max(10, quotas.get(EventType.COMEDY) / 5), homes, rng);
		addPeople(EventType.THEATRE, Math.max(20, quotas.get(EventType.THEATRE) / 3), homes, rng);
		addPeople(EventType.CONFERENCE, Math.max(10, quotas.get(EventType.CONFERENCE)), homes, rng);
		addTeams(geography, rng);
		for (Genre genre : Genre.values()) {
			List<Act> ofGenre = this.byGenre.getOrDefault(genre, List.of());
			this.byGenreWeighted.put(genre, new WeightedList<>(ofGenre, Act::popularity));
		}
		for (EventType kind : EventType.values()) {
			List<Act> ofKind = this.acts.stream().filter((act) -> act.genre().kind() == kind).toList();
			this.byKind.put(kind, new WeightedList<>(ofKind, Act::popularity));
		}
	}

	List<Act> all() {
		return this.acts;
	}

	/**
	 * Acts of a genre, e.g. for a festival line-up or a fan's favourites; may be empty.
	 */
	WeightedList<Act> byGenre(Genre genre) {
		return this.byGenreWeighted.get(genre);
	}

	/** Acts of a kind of event, such as every comedian; empty only for festivals. */
	WeightedList<Act> byKind(EventType kind) {
		return this.byKind.get(kind);
	}

	/** The team of a sport based in a city, or null; a fan's natural favourite. */
	Act homeTeam(Genre sport, City city) {
		for (Act team : this.teamsByCity.getOrDefault(sport, List.of())) {
			if (team.home().equals(city)) {
				return team;
			}
		}
		return null;
	}

	private void addPeople(EventType kind, int count, WeightedList<City> homes, Rng rng) {
		for (int i = 0; i < count; i++) {
			Genre genre = Genre.draw(kind, rng);
			City home = homes.pick(rng);
			add(ActNames.person(home, rng), genre, home, rng);
		}
	}

	private void addTeams(Geography geography, Rng rng) {
		for (City city : geography.cities()) {
			boolean icy = city.country() == Country.DE || city.country() == Country.AT;
			for (Genre sport : Genre.of(EventType.SPORT)) {
				int teams = switch (sport) {
					case FOOTBALL -> (city.population() >= 2.0) ? 2 : 1;
					case BASKETBALL -> (city.population() >= 0.8) ? 1 : 0;
					default -> icy ? 1 : 0;
				};
				for (int variant = 0; variant < teams; variant++) {
					Act team = add(ActNames.team(sport, city, variant), sport, city, rng);
					this.teamsByCity.computeIfAbsent(sport, (key) -> new ArrayList<>()).add(team);
				}
			}
		}
	}

	private Act add(String name, Genre genre, City home, Rng rng) {
		String unique = name;
		for (int suffix = 2; !this.names.add(unique); suffix++) {
			unique = name + " " + roman(suffix);
		}
		double popularity = Math.min(60, StrictMath.pow(1.0 - rng.nextDouble(), -1 / 1.5));
		Act act = new Act(this.acts.size(), unique, genre, home, popularity);
		this.acts.add(act);
		this.byGenre.computeIfAbsent(genre, (key) -> new ArrayList<>()).add(act);
		return act;
	}

	private static String roman(int number) {
		String[] numerals = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
		return (number < numerals.length) ? numerals[number] : Integer.toString(number);
	}

}
