package com.fanbase.demo;

/**
 * The kinds of event on sale, with what makes each look different in the data: how common
 * it is, when in the year it happens, what it costs and when doors open.
 */
enum EventType {

	CONCERT("concert", 0.44, new int[] { 8, 8, 9, 9, 9, 8, 7, 7, 9, 10, 10, 9 }, 25, 65, 1.4, 3.0, 20, 0),

	FESTIVAL("festival", 0.05, new int[] { 0, 0, 0, 1, 4, 10, 12, 10, 3, 0, 0, 0 }, 65, 140, 1.8, 3.5, 13, 0),

	THEATRE("theatre", 0.18, new int[] { 11, 11, 10, 9, 7, 5, 4, 5, 8, 10, 11, 12 }, 25, 75, 1.6, 3.5, 19, 30),

	COMEDY("comedy", 0.14, new int[] { 11, 11, 10, 9, 8, 6, 5, 5, 8, 10, 11, 11 }, 15, 35, 1.2, 2.0, 20, 0),

	SPORT("sport", 0.13, new int[] { 9, 9, 9, 9, 8, 2, 2, 6, 9, 9, 9, 8 }, 18, 55, 1.8, 4.0, 18, 30),

	CONFERENCE("conference", 0.06, new int[] { 3, 6, 8, 8, 6, 4, 1, 1, 8, 9, 8, 3 }, 99, 399, 1.3, 2.5, 9, 0);

	private final String code;

	private final double share;

	private final int[] monthWeights;

	private final int maxMonthWeight;

	private final int minEuros;

	private final int maxEuros;

	private final double minSpread;

	private final double maxSpread;

	private final int localMinuteOfDay;

	EventType(String code, double share, int[] monthWeights, int minEuros, int maxEuros, double minSpread,
			double maxSpread, int localHour, int localMinute) {
		this.code = code;
		this.share = share;
		this.monthWeights = monthWeights;
		int max = 0;
		for (int weight : monthWeights) {
			max = Math.max(max, weight);
		}
		this.maxMonthWeight = max;
		this.minEuros = minEuros;
		this.maxEuros = maxEuros;
		this.minSpread = minSpread;
		this.maxSpread = maxSpread;
		this.localMinuteOfDay = localHour * 60 + localMinute;
	}

	String code() {
		return this.code;
	}

	/** Expected fraction of all events. */
	double share() {
		return this.share;
	}

	/** Relative likelihood, in [0, 1], of an event of this type in a month (1 to 12). */
	double season(int month) {
		return this.monthWeights[month - 1] / (double) this.maxMonthWeight;
	}

	/** A base entry price in euros before city and popularity factors. */
	double baseEuros(Rng rng) {
		return this.minEuros + rng.nextDouble() * (this.maxEuros - this.minEuros);
	}

	/** Ratio of the dearest to the cheapest ticket tier. */
	double spread(Rng rng) {
		return this.minSpread + rng.nextDouble() * (this.maxSpread - this.minSpread);
	}

	int localMinuteOfDay() {
		return this.localMinuteOfDay;
	}

}
