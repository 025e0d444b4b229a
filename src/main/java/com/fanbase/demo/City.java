package com.fanbase.demo;

/**
 * A city the platform sells in.
 *
 * @param index position in {@link Geography#cities()}
 * @param name English name
 * @param country where it is
 * @param population millions of inhabitants, the basis of customer and event weights
 * @param priceFactor how much dearer than average tickets are here
 * @param landlinePattern a national-format landline number; {@code #} is a random digit
 */
record City(int index, String name, Country country, double population, double priceFactor, String landlinePattern) {

	/** Share of customers living here, before normalisation. */
	double customerWeight() {
		return this.population * this.country.marketShare();
	}

	/** Share of events held here, before normalisation: big cities host more per head. */
	double eventWeight() {
		return StrictMath.pow(customerWeight(), 0.75);
	}

}
