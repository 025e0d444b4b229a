package com.fanbase.profiles.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HeuristicChurnTests {

	private final HeuristicChurn churn = new HeuristicChurn(0.05);

	@Test
	void customerWhoJustBoughtIsAlive() {
		assertThat(this.churn.probabilityAlive(4, 40, 40)).isEqualTo(1);
	}

	@Test
	void aliveProbabilityDecaysWithSilenceMeasuredInTheCustomersOwnGaps() {
		// Four repeat purchases in 40 weeks: a gap of 10 weeks is usual for this
		// customer.
		assertThat(this.churn.probabilityAlive(4, 40, 50)).isCloseTo(Math.exp(-1), within(1e-12));
		assertThat(this.churn.probabilityAlive(4, 40, 70)).isCloseTo(Math.exp(-3), within(1e-12));
		// The same silence means less for someone who buys every 20 weeks.
		assertThat(this.churn.probabilityAlive(2, 40, 70)).isGreaterThan(this.churn.probabilityAlive(4, 40, 70));
	}

	@Test
	void customerWithoutRepeatPurchasesGetsThePopulationRate() {
		assertThat(this.churn.probabilityAlive(0, 0, 20)).isCloseTo(Math.exp(-1), within(1e-12));
		assertThat(this.churn.expectedPurchases(10, 0, 0, 20)).isCloseTo(0.05 * 10 * Math.exp(-1), within(1e-12));
	}

	@Test
	void expectedPurchasesAreTheOwnRateDiscountedByTheChanceOfBeingGone() {
		assertThat(this.churn.expectedPurchases(52, 4, 40, 50)).isCloseTo(0.1 * 52 * Math.exp(-1), within(1e-12));
	}

	@Test
	void populationRateIsAllRepeatPurchasesOverAllCustomerTime() {
		HeuristicChurn fromData = HeuristicChurn
			.fromPopulation(List.of(WeightedHistory.of(0, 0, 10, 3), WeightedHistory.of(6, 15, 20, 1)));
		assertThat(fromData.populationRate()).isCloseTo(6.0 / 50, within(1e-12));
	}

}
