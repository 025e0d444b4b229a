package com.fanbase.profiles.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CustomerValueTests {

	private static final BgNbdParameters BG_NBD = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

	private static final GammaGammaParameters GAMMA_GAMMA = new GammaGammaParameters(6.25, 3.74, 15.44);

	@Test
	void isExpectedPurchasesTimesExpectedSpend() {
		double value = CustomerValue.predictedValue(BG_NBD, GAMMA_GAMMA, 2, 30.43, 38.86, 22.35, 39);
		double purchases = BgNbd.expectedPurchases(BG_NBD, 39, 2, 30.43, 38.86);
		double spend = GammaGamma.expectedAverageSpend(GAMMA_GAMMA, 2, 22.35);
		assertThat(value).isCloseTo(purchases * spend, within(1e-12)).isPositive();
	}

	@Test
	void usesThePopulationSpendForCustomersWithoutRepeatPurchases() {
		double value = CustomerValue.predictedValue(BG_NBD, GAMMA_GAMMA, 0, 0, 38.86, 0, 39);
		double populationSpend = 6.25 * 15.44 / 2.74;
		assertThat(value).isCloseTo(BgNbd.expectedPurchases(BG_NBD, 39, 0, 0, 38.86) * populationSpend, within(1e-9));
	}

	@Test
	void isZeroOverAZeroHorizon() {
		assertThat(CustomerValue.predictedValue(BG_NBD, GAMMA_GAMMA, 4, 20, 38.86, 30, 0)).isZero();
	}

}
