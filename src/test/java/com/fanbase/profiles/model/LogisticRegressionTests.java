package com.fanbase.profiles.model;

import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogisticRegressionTests {

	@Test
	void recoversTheCoefficientsOfSimulatedOutcomes() {
		double[] truth = { -0.5, 1.5, -2.0, 0.0 };
		RandomDataGenerator random = new RandomDataGenerator(13);
		int n = 20_000;
		double[][] features = new double[n][3];
		boolean[] labels = new boolean[n];
		for (int i = 0; i < n; i++) {
			features[i][0] = random.nextNormal(3, 2);
			features[i][1] = random.nextUniform(0, 1);
			features[i][2] = random.nextNormal(-10, 5);
			double eta = truth[0] + truth[1] * features[i][0] + truth[2] * features[i][1] + truth[3] * features[i][2];
			labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
		}
		LogisticRegression.LogisticFit fit = LogisticRegression.fit(features, labels, 0);
		double[] raw = fit.rawCoefficients();
		assertThat(fit.converged()).isTrue();
		// Standard errors here are about 0.03 to 0.07.
		assertThat(raw[0]).isCloseTo(truth[0], within(0.2));
		assertThat(raw[1]).isCloseTo(truth[1], within(0.1));
		assertThat(raw[2]).isCloseTo(truth[2], within(0.2));
		assertThat(raw[3]).isCloseTo(truth[3], within(0.02));
		double eta = truth[0] + truth[1] * 3 + truth[2] * 0.5 - 10 * truth[3];
		assertThat(fit.probability(new double[] { 3, 0.5, -10 })).isCloseTo(1 / (1 + Math.exp(-eta)), within(0.03));
	}

	@Test
	void aPenaltyShrinksTheCoefficients() {
		RandomDataGenerator random = new RandomDataGenerator(2);
		double[][] features = new double[500][1];
		boolean[] labels = new boolean[500];
		for (int i = 0; i < 500; i++) {
			features[i][0] = random.nextNormal(0, 1);
			labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-2 * features[i][0]));
		}
		double plain = LogisticRegression.fit(features, labels, 0).coefficients()[1];
		double shrunk = LogisticRegression.fit(features, labels, 200).coefficients()[1];
		assertThat(shrunk).isPositive().isLessThan(plain);
	}

}
