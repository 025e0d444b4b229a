package com.fanbase.matching;

import java.util.List;
import java.util.Locale;

/**
 * A reason as a marketer reads it ("likes rock", "went to 3 shows by this artist", "on
 * their watchlist"), from the factor, the customer's points for it, the shows of the
 * event's artists they went to and the event's own facts.
 */
final class ReasonWords {

	private ReasonWords() {
	}

	record EventFacts(List<String> genres, String type, String city) {
	}

	static String of(Factor factor, int points, int shows, EventFacts event) {
		return switch (factor) {
			case GENRE ->
				event.genres().isEmpty() ? "likes this kind of music" : "likes " + String.join(" and ", event.genres());
			case TYPE -> (event.type() == null) ? "goes to events like this" : "goes to " + event.type() + " events";
			case ARTIST -> switch (shows) {
				case 0 -> "likes this artist";
				case 1 -> "went to a show by this artist";
				default -> "went to " + shows + " shows by this artist";
			};
			case PRICE -> (points >= factor.max()) ? "usually pays this price" : "pays close to this price";
			case LOCATION -> (points >= factor.max() && event.city() != null) ? "lives in " + capitalized(event.city())
					: "lives in the same country";
			case ENGAGEMENT -> (points >= factor.max()) ? "opens your emails and visits your pages a lot"
					: "opens your emails and visits your pages";
			case WATCHLIST -> "on their watchlist";
		};
	}

	private static String capitalized(String city) {
		return city.isEmpty() ? city : city.substring(0, 1).toUpperCase(Locale.ROOT) + city.substring(1);
	}

}
