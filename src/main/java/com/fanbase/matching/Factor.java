package com.fanbase.matching;

/**
 * The factors of the seed's score, each with its reason name, its maximum and the column
 * of {@code event_recommendations} that holds a customer's points for it. The maxima add
 * up to 100.
 */
enum Factor {

	GENRE("genre_match", 25, "genre_points"), TYPE("type_match", 20, "type_points"),
	ARTIST("artist_match", 20, "artist_points"), PRICE("price_fit", 15, "price_points"),
	LOCATION("location_match", 10, "location_points"), ENGAGEMENT("high_engagement", 5, "engagement_points"),
	WATCHLIST("watchlist", 5, "watchlist_points");

	private final String reason;

	private final int max;

	private final String column;

	Factor(String reason, int max, String column) {
		this.reason = reason;
		this.max = max;
		this.column = column;
	}

	String reason() {
		return this.reason;
	}

	int max() {
		return this.max;
	}

	String column() {
		return this.column;
	}

}
