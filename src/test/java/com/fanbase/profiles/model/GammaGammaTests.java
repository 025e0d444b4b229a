package com.fanbase.profiles.model;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

class GammaGammaTests {

	/** Fader &amp; Hardie's CDNOW estimates. */
	private static final GammaGammaParameters TRUTH = new GammaGammaParameters(6.25, 3.74, 15.44);

	private final GammaGammaFitter fitter = new GammaGammaFitter();

	@Test
	void recoversTheParametersOfSimulatedCustomers() {
		GammaGammaFit fit = this.fitter.fit(new Simulation(13).gammaGamma(TRUTH, 20_000, 3));
		assertThat(fit.converged()).isTrue();
		assertThat(fit.customers()).isEqualTo(20_000);
		assertThat(fit.parameters().p()).isCloseTo(TRUTH.p(), withPercentage(10));
		assertThat(fit.parameters().q()).isCloseTo(TRUTH.q(), withPercentage(10));
		assertThat(fit.parameters().v()).isCloseTo(TRUTH.v(), withPercentage(10));
	}

	@Test
	void fitsOnlyRepeatBuyersWithAPositiveMean() {
		List<SpendHistory> customers = new ArrayList<>(new Simulation(17).gammaGamma(TRUTH, 1_000, 3));
		GammaGammaFit repeatBuyersOnly = this.fitter.fit(customers);
		customers.add(new SpendHistory(0, 0));
		customers.add(new SpendHistory(3, 0));
		GammaGammaFit withOthers = this.fitter.fit(customers);
		assertThat(withOthers.customers()).isEqualTo(1_000);
		assertThat(withOthers.logLikelihood()).isEqualTo(repeatBuyersOnly.logLikelihood());
	}

	@Test
	void likelihoodEqualsTheSumOverCustomers() {
		List<SpendHistory> customers = new Simulation(19).gammaGamma(TRUTH, 2_000, 4);
		GammaGammaParameters p = new GammaGammaParameters(3, 2, 40);
		double sum = customers.stream().mapToDouble((c) -> GammaGamma.logLikelihood(p, c.x(), c.meanValue())).sum();
		double fast = GammaGammaLikelihood.of(customers).evaluate(new double[] { p.p(), p.q(), p.v() });
		assertThat(fast).isCloseTo(sum, within(1e-8));
	}

	@Test
	void expectedSpendMovesFromThePopulationMeanToTheCustomersOwn() {
		double population = TRUTH.p() * TRUTH.v() / (TRUTH.q() - 1);
		assertThat(GammaGamma.expectedAverageSpend(TRUTH, 0, 99)).isCloseTo(population, within(1e-12));
		double few = GammaGamma.expectedAverageSpend(TRUTH, 1, 100);
		double many = GammaGamma.expectedAverageSpend(TRUTH, 50, 100);
		assertThat(few).isBetween(population, 100.0);
		assertThat(many).isBetween(few, 100.0).isCloseTo(100, withPercentage(2));
	}

	@Test
	void refusesAnInfiniteExpectedSpend() {
		GammaGammaParameters heavyTailed = new GammaGammaParameters(0.2, 0.5, 10);
		assertThatExceptionOfType(ArithmeticException.class)
			.isThrownBy(() -> GammaGamma.expectedAverageSpend(heavyTailed, 1, 20));
		assertThat(GammaGamma.expectedAverageSpend(heavyTailed, 5, 20)).isFinite().isPositive();
	}

}
