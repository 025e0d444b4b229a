package com.fanbase.profiles.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

class BgNbdFitterTests {

	private static final BgNbdParameters TRUTH = new BgNbdParameters(0.24, 4.41, 0.79, 2.43);

	private final BgNbdFitter fitter = new BgNbdFitter();

	@Test
	void recoversTheParametersOfSimulatedCustomers() {
		List<CustomerHistory> customers = new Simulation(7).bgNbd(TRUTH, 20_000, 27, 39);
		BgNbdFit fit = this.fitter.fitCustomers(customers);
		// About three standard errors for 20,000 customers observed for 27 to 39 weeks.
		assertThat(fit.converged()).isTrue();
		assertThat(fit.customers()).isEqualTo(20_000);
		assertThat(fit.parameters().r()).isCloseTo(TRUTH.r(), withPercentage(5));
		assertThat(fit.parameters().alpha()).isCloseTo(TRUTH.alpha(), withPercentage(10));
		assertThat(fit.parameters().a()).isCloseTo(TRUTH.a(), withPercentage(25));
		assertThat(fit.parameters().b()).isCloseTo(TRUTH.b(), withPercentage(30));
	}

	@Test
	void fitIsAtLeastAsLikelyAsTheTruthAndNotImplausiblyMoreSo() {
		List<CustomerHistory> customers = new Simulation(11).bgNbd(TRUTH, 20_000, 27, 39);
		BgNbdFit fit = this.fitter.fitCustomers(customers);
		double atTruth = customers.stream().mapToDouble((c) -> BgNbd.logLikelihood(TRUTH, c.x(), c.tx(), c.T())).sum();
		// Twice the gain is chi-squared with 4 degrees of freedom; 18.5 is its 99.9%
		// quantile.
		assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(atTruth).isLessThan(atTruth + 18.5 / 2);
	}

	@Test
	void groupedCustomersGiveTheSameFitAsOneRowEach() {
		List<CustomerHistory> days = new Simulation(3).bgNbd(days(TRUTH), 5_000, 0, 365)
			.stream()
			.map((h) -> new CustomerHistory(h.x(), Math.floor(h.tx()), Math.floor(h.T())))
			.toList();
		List<WeightedHistory> grouped = WeightedHistory.group(days);
		List<WeightedHistory> oneEach = days.stream().map((h) -> new WeightedHistory(h, 1)).toList();
		assertThat(grouped).hasSizeLessThan(days.size());
		BgNbdFit fromGroups = this.fitter.fit(grouped);
		BgNbdFit fromRows = this.fitter.fit(oneEach);
		assertThat(fromGroups.customers()).isEqualTo(fromRows.customers()).isEqualTo(5_000);
		assertThat(fromGroups.logLikelihood()).isCloseTo(fromRows.logLikelihood(), within(1e-6));
		// Summing in another order nudges the optimiser's path; the optimum is the same.
		assertThat(fromGroups.parameters().r()).isCloseTo(fromRows.parameters().r(), withPercentage(1e-3));
		assertThat(fromGroups.parameters().alpha()).isCloseTo(fromRows.parameters().alpha(), withPercentage(1e-3));
		assertThat(fromGroups.parameters().a()).isCloseTo(fromRows.parameters().a(), withPercentage(1e-3));
		assertThat(fromGroups.parameters().b()).isCloseTo(fromRows.parameters().b(), withPercentage(1e-3));
	}

	@Test
	void groupedLikelihoodEqualsTheSumOverCustomers() {
		List<CustomerHistory> customers = new Simulation(5).bgNbd(TRUTH, 2_000, 27, 39);
		BgNbdParameters p = new BgNbdParameters(0.5, 3, 1.2, 4);
		double sum = customers.stream().mapToDouble((c) -> BgNbd.logLikelihood(p, c.x(), c.tx(), c.T())).sum();
		double grouped = BgNbdLikelihood.of(WeightedHistory.group(customers))
			.evaluate(new double[] { p.r(), p.alpha(), p.a(), p.b() });
		assertThat(grouped).isCloseTo(sum, within(1e-8));
	}

	@Test
	void timeUnitOnlyRescalesAlpha() {
		List<CustomerHistory> weeks = new Simulation(9).bgNbd(TRUTH, 5_000, 27, 39);
		List<CustomerHistory> days = weeks.stream()
			.map((h) -> new CustomerHistory(h.x(), h.tx() * 7, h.T() * 7))
			.toList();
		BgNbdParameters inWeeks = this.fitter.fitCustomers(weeks).parameters();
		BgNbdParameters inDays = this.fitter.fitCustomers(days).parameters();
		assertThat(inDays.alpha()).isCloseTo(inWeeks.alpha() * 7, withPercentage(0.01));
		assertThat(inDays.r()).isCloseTo(inWeeks.r(), withPercentage(0.01));
		assertThat(inDays.a()).isCloseTo(inWeeks.a(), withPercentage(0.01));
		assertThat(inDays.b()).isCloseTo(inWeeks.b(), withPercentage(0.01));
	}

	@Test
	void rejectsAnEmptyPopulation() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.fitter.fit(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> WeightedHistory.of(1, 2, 3, 0));
	}

	private static BgNbdParameters days(BgNbdParameters weeks) {
		return new BgNbdParameters(weeks.r(), weeks.alpha() * 7, weeks.a(), weeks.b());
	}

}
