package com.fanbase.profiles.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

class MbgNbdTests {

	private static final BgNbdParameters TRUTH = new BgNbdParameters(0.5, 5.0, 0.6, 2.5);

	@Test
	void recoversTheParametersOfSimulatedCustomers() {
		List<CustomerHistory> customers = new Simulation(21).mbgNbd(TRUTH, 20_000, 30, 80);
		BgNbdFit fit = new MbgNbdFitter().fitCustomers(customers);
		assertThat(fit.converged()).isTrue();
		assertThat(fit.parameters().r()).isCloseTo(TRUTH.r(), withPercentage(8));
		assertThat(fit.parameters().alpha()).isCloseTo(TRUTH.alpha(), withPercentage(12));
		assertThat(fit.parameters().a()).isCloseTo(TRUTH.a(), withPercentage(25));
		assertThat(fit.parameters().b()).isCloseTo(TRUTH.b(), withPercentage(30));
		double atTruth = customers.stream().mapToDouble((c) -> MbgNbd.logLikelihood(TRUTH, c.x(), c.tx(), c.T())).sum();
		assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(atTruth).isLessThan(atTruth + 18.5 / 2);
	}

	@Test
	void oneTimeBuyersWhoWentQuietLongAgoAreLikelyGone() {
		double recent = MbgNbd.probabilityAlive(TRUTH, 0, 0, 1);
		double old = MbgNbd.probabilityAlive(TRUTH, 0, 0, 100);
		assertThat(old).isLessThan(recent).isLessThan(1);
		assertThat(BgNbd.probabilityAlive(TRUTH, 0, 0, 100)).isEqualTo(1);
		assertThat(BgNbd.probabilityNoPurchase(TRUTH, 26, 0, 0, 100))
			.isGreaterThan(BgNbd.probabilityNoPurchase(TRUTH, 26, 0, 0, 1));
	}

	@Test
	void expectationsAndNoPurchaseProbabilitiesMatchSimulatedFutures() {
		List<Simulation.Future> futures = new Simulation(5).mbgNbdFuture(TRUTH, 40_000, 20, 60, 26);
		double predicted = 0;
		double actual = 0;
		double predictedSilent = 0;
		double silent = 0;
		for (Simulation.Future f : futures) {
			CustomerHistory h = f.history();
			predicted += MbgNbd.expectedPurchases(TRUTH, 26, h.x(), h.tx(), h.T());
			predictedSilent += MbgNbd.probabilityNoPurchase(TRUTH, 26, h.x(), h.tx(), h.T());
			actual += f.purchases();
			silent += (f.purchases() == 0) ? 1 : 0;
		}
		assertThat(predicted).isCloseTo(actual, withPercentage(4));
		assertThat(predictedSilent / futures.size()).isCloseTo(silent / futures.size(), within(0.01));
	}

}
