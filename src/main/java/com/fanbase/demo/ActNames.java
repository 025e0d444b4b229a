package com.fanbase.demo;

/** Invented names for acts, shows, festivals and teams. */
final class ActNames {

	private static final String[] ADJECTIVES = { "Velvet", "Electric", "Silver", "Golden", "Midnight", "Crimson",
			"Wild", "Hollow", "Neon", "Paper", "Glass", "Lunar", "Broken", "Quiet", "Northern", "Burning", "Frozen",
			"Restless", "Secret", "Savage", "Gentle", "Static", "Violet", "Iron", "Scarlet", "Copper", "Wandering",
			"Atomic", "Analog", "Endless" };

	private static final String[] NOUNS = { "Fox", "Harbour", "Echo", "Mountain", "River", "Wolf", "Engine", "Garden",
			"Machine", "Mirror", "Lantern", "Tide", "Comet", "Parade", "Signal", "Orchard", "Falcon", "Ghost", "Anchor",
			"Satellite", "Horizon", "Avenue", "Island", "Compass", "Circus", "Tiger", "Feather", "Forest" };

	private static final String[] PLURALS = { "Foxes", "Harbours", "Echoes", "Mountains", "Rivers", "Wolves", "Engines",
			"Gardens", "Machines", "Mirrors", "Lanterns", "Tides", "Comets", "Parades", "Signals", "Orchards",
			"Falcons", "Ghosts", "Anchors", "Satellites", "Horizons", "Avenues", "Islands", "Compasses", "Circuses",
			"Tigers", "Feathers", "Forests" };

	private static final String[] ALIASES = { "Kairo", "Solace", "Nova", "Vesper", "Onyx", "Zephyr", "Mira", "Juno",
			"Rune", "Kite", "Aurel", "Sable", "Lumen", "Pixel", "Nyx", "Vanta" };

	private static final String[] TEAM_SUFFIXES = { "Giants", "Eagles", "Lions", "Towers", "Sharks", "Wolves" };

	private ActNames() {
	}

	/** A band, solo artist or ensemble name in keeping with the genre. */
	static String musicAct(Genre genre, City home, Rng rng) {
		return switch (genre) {
			case ELECTRONIC, TECHNO -> (rng.chance(0.5) ? "DJ " : "") + rng.pick(ALIASES) + " " + rng.pick(NOUNS);
			case HIP_HOP, RNB -> rng.pick(new String[] { "Lil ", "MC ", "Young ", "" }) + rng.pick(ALIASES)
					+ rng.pick(new String[] { "", " " + rng.pick(NOUNS) });
			case CLASSICAL ->
				rng.chance(0.4) ? person(home, rng) + " Quartet" : rng.chance(0.5) ? home.name() + " " + rng.pick(
						new String[] { "Philharmonic", "Chamber Orchestra", "Symphony Orchestra", "Baroque Ensemble" })
						: person(home, rng);
			case JAZZ -> person(home, rng) + rng.pick(new String[] { " Trio", " Quartet", " Quintet", "" });
			default -> rng.chance(0.35) ? person(home, rng) : bandName(rng);
		};
	}

	static String person(City home, Rng rng) {
		Country country = home.country();
		return PersonNames.first(country, rng) + " " + PersonNames.last(country, rng);
	}

	static String team(Genre sport, City home, int variant) {
		if (sport == Genre.FOOTBALL) {
			return switch (home.country()) {
				case DE, AT -> ((variant == 0) ? "FC " : "SV ") + home.name();
				case NL -> ((variant == 0) ? "FC " : "SC ") + home.name();
				case FR -> ((variant == 0) ? "Olympique " : "AS ") + home.name();
				case ES -> ((variant == 0) ? "Real " : "CD ") + home.name();
				case IT -> ((variant == 0) ? "AC " : "US ") + home.name();
				case GB -> home.name() + ((variant == 0) ? " United" : " City");
			};
		}
		String suffix = TEAM_SUFFIXES[(home.index() + variant + sport.ordinal()) % TEAM_SUFFIXES.length];
		return home.name() + " " + suffix;
	}

	/** A tour, show or production title such as "Velvet Horizon". */
	static String title(Rng rng) {
		return switch (rng.nextInt(3)) {
			case 0 -> "The " + rng.pick(ADJECTIVES) + " " + rng.pick(NOUNS);
			case 1 -> rng.pick(ADJECTIVES) + " " + rng.pick(PLURALS);
			default -> rng.pick(NOUNS) + " of " + rng.pick(PLURALS);
		};
	}

	static String festival(City city, Genre genre, Rng rng) {
		return switch (rng.nextInt(3)) {
			case 0 -> rng.pick(ADJECTIVES) + " " + rng.pick(NOUNS) + " Festival";
			case 1 -> rng.pick(ALIASES) + " Open Air";
			default -> city.name() + " " + capitalised(genre.code()) + " Weekender";
		};
	}

	static String conference(City city, Genre genre, Rng rng) {
		String topic = (genre == Genre.TECH) ? rng.pick(new String[] { "Tech", "Cloud", "AI", "Developer", "Data" })
				: rng.pick(new String[] { "Business", "Marketing", "Leadership", "Retail", "Fintech" });
		return city.name() + " " + topic + " " + rng.pick(new String[] { "Summit", "Forum", "Days", "Conference" });
	}

	private static String bandName(Rng rng) {
		return switch (rng.nextInt(3)) {
			case 0 -> "The " + rng.pick(ADJECTIVES) + " " + rng.pick(PLURALS);
			case 1 -> rng.pick(ADJECTIVES) + " " + rng.pick(NOUNS);
			default -> rng.pick(NOUNS) + " & the " + rng.pick(PLURALS);
		};
	}

	private static String capitalised(String code) {
		return Character.toUpperCase(code.charAt(0)) + code.substring(1);
	}

}
