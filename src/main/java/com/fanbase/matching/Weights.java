package com.fanbase.matching;

import java.util.Arrays;
import java.util.List;

/**
 * How many of the 100 points each factor's two grades are worth. Every factor is graded
 * by whether it matches at all ({@code match}, 0 to 1) and by how strongly ({@code
 * strength}, 0 to 1, 0 without a match); its points are {@code match weight × match +
 * strength weight × strength}, rounded half up, so a factor's maximum is the sum of its
 * two weights and all maxima add up to 100. The seed's weights keep the seed's maxima
 * (the README's table) and split each graded factor's maximum between its two grades;
 * learned weights ({@link WeightFitter}) are logistic-regression coefficients on the same
 * grades scaled to 100, so ranking by the exact (unrounded) score is ranking by the
 * fitted probability.
 */
record Weights(String name, double[] match, double[] strength) {

	/**
	 * The seed's maxima: genre 25, type 20, artist 20, price 15, location 10, engagement
	 * 5, watchlist 5.
	 */
	static final Weights SEED = new Weights("seed", new double[] { 20, 16, 16, 8, 5, 3, 5 },
			new double[] { 5, 4, 4, 7, 5, 2, 0 });

	Weights {
		if (match.length != Factor.values().length || strength.length != Factor.values().length) {
			throw new IllegalArgumentException("one weight pair per factor");
		}
		match = match.clone();
		strength = strength.clone();
	}

	double match(Factor factor) {
		return this.match[factor.ordinal()];
	}

	double strength(Factor factor) {
		return this.strength[factor.ordinal()];
	}

	/** The 14 weights in feature order (factor by factor: match, strength). */
	double[] vector() {
		double[] vector = new double[2 * this.match.length];
		for (int i = 0; i < this.match.length; i++) {
			vector[2 * i] = this.match[i];
			vector[2 * i + 1] = this.strength[i];
		}
		return vector;
	}

	/** Weights from non-negative coefficients in feature order, scaled to 100 points. */
	static Weights scaled(String name, double[] coefficients) {
		double total = Arrays.stream(coefficients).sum();
		double[] match = new double[coefficients.length / 2];
		double[] strength = new double[coefficients.length / 2];
		for (int i = 0; i < match.length; i++) {
			match[i] = total > 0 ? 100 * coefficients[2 * i] / total : 0;
			strength[i] = total > 0 ? 100 * coefficients[2 * i + 1] / total : 0;
		}
		return new Weights(name, match, strength);
	}

	/** The weights as stored ({@code float8[]} in feature order). */
	Double[] stored() {
		return Arrays.stream(vector()).boxed().toArray(Double[]::new);
	}

	static Weights fromStored(String name, List<Double> vector) {
		return scaled(name, vector.stream().mapToDouble(Double::doubleValue).toArray());
	}

}
