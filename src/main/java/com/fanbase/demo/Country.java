package com.fanbase.demo;

/**
 * Countries the demo platform sells in. The market share makes it a German-speaking
 * platform with a presence elsewhere, so country is a meaningful segment and not noise.
 */
enum Country {

	DE(1.0, "+4917########", 1, "% Theater", "Stadion %"), NL(0.8, "+316########", 1, "% Theater", "Stadion %"),
	FR(0.45, "+336########", 1, "Théâtre %", "Stade de %"), ES(0.4, "+346########", 1, "Teatro %", "Estadio de %"),
	IT(0.4, "+393#########", 1, "Teatro %", "Stadio di %"), AT(1.0, "+43664#######", 1, "% Theater", "Stadion %"),
	GB(0.35, "+447#########", 0, "% Theatre", "% Stadium");

	private final double marketShare;

	private final String mobilePattern;

	private final int standardUtcOffsetHours;

	private final String theatrePattern;

	private final String stadiumPattern;

	Country(double marketShare, String mobilePattern, int standardUtcOffsetHours, String theatrePattern,
			String stadiumPattern) {
		this.marketShare = marketShare;
		this.mobilePattern = mobilePattern;
		this.standardUtcOffsetHours = standardUtcOffsetHours;
		this.theatrePattern = theatrePattern;
		this.stadiumPattern = stadiumPattern;
	}

	/** ISO 3166-1 alpha-2. */
	String code() {
		return name();
	}

	double marketShare() {
		return this.marketShare;
	}

	/** An E.164 mobile number pattern; each {@code #} is a random digit. */
	String mobilePattern() {
		return this.mobilePattern;
	}

	/** Hours ahead of UTC, with summer time approximated as April to October. */
	int utcOffsetHours(int month) {
		return this.standardUtcOffsetHours + ((month >= 4 && month <= 10) ? 1 : 0);
	}

	/** A theatre name pattern; {@code %} is a name. */
	String theatrePattern() {
		return this.theatrePattern;
	}

	/** A stadium name pattern; {@code %} is the city. */
	String stadiumPattern() {
		return this.stadiumPattern;
	}

}
