package com.fanbase.matching;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogisticFitTests {

	@Test
	void theGradeThatPredictsBuyingEarnsTheMostPointsAndAGradeThatNeverVariesNone() {
		Random random = new Random(7);
		int n = 4000;
		double[][] x = new double[n][3];
		boolean[] y = new boolean[n];
		for (int i = 0; i < n; i++) {
			x[i][0] = random.nextDouble();
			x[i][1] = random.nextDouble();
			x[i][2] = 0;
			double z = -3 + 5 * x[i][0] + 0.5 * x[i][1];
			y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z));
		}

		double[] coefficients = LogisticFit.fit(x, y, new double[] { 1, 1, 1 });

		assertThat(coefficients[0]).isGreaterThan(3 * coefficients[1]).isBetween(3.5, 6.5);
		assertThat(coefficients[1]).isPositive().isLessThan(1.5);
		assertThat(coefficients[2]).isZero();
	}

	@Test
	void learnedWeightsAreScaledToOneHundredPoints() {
		double[] coefficients = new double[14];
		coefficients[4] = 3;
		coefficients[5] = 1;
		Weights weights = Weights.scaled("learned", coefficients);

		assertThat(weights.match(Factor.ARTIST)).isEqualTo(75.0);
		assertThat(weights.strength(Factor.ARTIST)).isEqualTo(25.0);
		double total = 0;
		for (Factor factor : Factor.values()) {
			total += weights.match(factor) + weights.strength(factor);
		}
		assertThat(total).isEqualTo(100.0);
		double seed = 0;
		for (Factor factor : Factor.values()) {
			seed += Weights.SEED.match(factor) + Weights.SEED.strength(factor);
			assertThat(Weights.SEED.match(factor) + Weights.SEED.strength(factor)).isEqualTo(factor.max());
		}
		assertThat(seed).isEqualTo(100.0);
	}

}
