package com.fanbase.profiles.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fanbase.profiles.model.ChurnBacktest.CandidateResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChurnBacktestTests {

	private static final BgNbdParameters TRUTH = new BgNbdParameters(0.5, 5.0, 0.6, 2.5);

	private static final double HORIZON_DAYS = 182;

	@Test
	void choosesACandidateThatBeatsRecencyWhenTheDataFollowTheModel() {
		ChurnBacktest.Result result = ChurnBacktest.run(customers(4_000, 3), HORIZON_DAYS).orElseThrow();
		CandidateResult recency = result.result(ChurnCandidate.RECENCY);
		assertThat(result.chosen().beatsRecency()).isTrue();
		assertThat(result.chosen().repeatBuyers()).isNotEqualTo(ChurnCandidate.RECENCY);
		assertThat(result.chosen().auc()).isGreaterThan(recency.auc());
		assertThat(result.chosen().aucOneTimeBuyers()).isGreaterThanOrEqualTo(recency.aucOneTimeBuyers());
		// Among one-time buyers the count models rank exactly as recency does, and
		// P(alive)
		// cannot rank them at all.
		assertThat(result.result(ChurnCandidate.MBGNBD).aucOneTimeBuyers()).isCloseTo(recency.aucOneTimeBuyers(),
				within(1e-12));
		assertThat(result.result(ChurnCandidate.BGNBD).aucOneTimeBuyers()).isCloseTo(recency.aucOneTimeBuyers(),
				within(1e-12));
		assertThat(result.result(ChurnCandidate.BGNBD_P_ALIVE).aucOneTimeBuyers()).isEqualTo(0.5);
		ChurnBacktest.Expectations mbg = result.expectations().get(ChurnCandidate.MBGNBD);
		assertThat(mbg.predicted()).isCloseTo(mbg.actual(), withinPercent(mbg.actual(), 10));
		assertThat(mbg.spearman()).isGreaterThan(result.recencySpearman() - 0.05);
		assertThat(mbg.bands()).isNotEmpty();
		assertThat(mbg.bands().stream().mapToInt(ChurnBacktest.Band::customers).sum()).isEqualTo(4_000);
	}

	@Test
	void theChosenModelScoresChurnAsAProbability() {
		ChurnBacktest.Result result = ChurnBacktest.run(customers(2_000, 8), HORIZON_DAYS).orElseThrow();
		ChurnModel model = result.model(TRUTH, TRUTH, HORIZON_DAYS);
		ChurnFeatures lapsedOneTimer = new ChurnFeatures(0, 0, 400, 5000, 0, 0);
		ChurnFeatures recentRegular = new ChurnFeatures(6, 300, 310, 5000, 0, 0);
		assertThat(model.churnProbability(lapsedOneTimer)).isBetween(0.0, 1.0)
			.isGreaterThan(model.churnProbability(recentRegular));
		assertThat(model.churnProbability(lapsedOneTimer)).isGreaterThan(0.005);
	}

	@Test
	void keepsRecencyWhenNoCandidateBeatsIt() {
		// Customers 0-3 repeat buyers, 4-7 one-time buyers; true = no purchase after.
		boolean[] labels = { true, false, true, false, true, false, true, false };
		boolean[] oneTime = { false, false, false, false, true, true, true, true };
		Map<ChurnCandidate, double[]> scores = new EnumMap<>(ChurnCandidate.class);
		scores.put(ChurnCandidate.RECENCY, new double[] { 9, 1, 8, 2, 9, 1, 8, 2 });
		// Perfect on repeat buyers but backwards on one-time buyers: never allowed.
		scores.put(ChurnCandidate.CLASSIFIER, new double[] { .9, .1, .8, .2, .1, .9, .2, .8 });
		// Perfect everywhere, but P(alive) is never chosen.
		scores.put(ChurnCandidate.BGNBD_P_ALIVE, new double[] { .9, .1, .8, .2, .9, .1, .8, .2 });
		CandidateResult recency = new CandidateResult(ChurnCandidate.RECENCY,
				Ranking.auc(scores.get(ChurnCandidate.RECENCY), labels), 1.0);
		ChurnBacktest.Choice choice = ChurnBacktest.choose(scores, labels, oneTime, recency);
		assertThat(choice.repeatBuyers()).isEqualTo(ChurnCandidate.RECENCY);
		assertThat(choice.oneTimeBuyers()).isEqualTo(ChurnCandidate.RECENCY);
		assertThat(choice.beatsRecency()).isFalse();
	}

	@Test
	void choosesOneCandidateForRepeatBuyersAndOneForOneTimeBuyers() {
		boolean[] labels = { true, false, true, false, true, false, true, false };
		boolean[] oneTime = { false, false, false, false, true, true, true, true };
		Map<ChurnCandidate, double[]> scores = new EnumMap<>(ChurnCandidate.class);
		// Recency gets repeat buyers half wrong and one-time buyers right.
		scores.put(ChurnCandidate.RECENCY, new double[] { 1, 9, 8, 2, 9, 1, 8, 2 });
		// The classifier is right on repeat buyers, wrong on one-time buyers; the MBG/NBD
		// the other way round.
		scores.put(ChurnCandidate.CLASSIFIER, new double[] { .9, .1, .8, .2, .1, .9, .2, .8 });
		scores.put(ChurnCandidate.MBGNBD, new double[] { .1, .9, .8, .2, .9, .1, .8, .2 });
		double[] recencyScores = scores.get(ChurnCandidate.RECENCY);
		CandidateResult recency = new CandidateResult(ChurnCandidate.RECENCY, Ranking.auc(recencyScores, labels), 1.0);
		ChurnBacktest.Choice choice = ChurnBacktest.choose(scores, labels, oneTime, recency);
		assertThat(choice.repeatBuyers()).isEqualTo(ChurnCandidate.CLASSIFIER);
		assertThat(choice.oneTimeBuyers()).isEqualTo(ChurnCandidate.MBGNBD);
		assertThat(choice.auc()).isEqualTo(1.0).isGreaterThan(recency.auc());
		assertThat(choice.aucOneTimeBuyers()).isEqualTo(1.0);
	}

	@Test
	void needsAMinimumOfHistory() {
		assertThat(ChurnBacktest.run(customers(ChurnBacktest.MIN_CUSTOMERS - 1, 4), HORIZON_DAYS)).isEmpty();
		assertThat(ChurnBacktest.run(customers(ChurnBacktest.MIN_CUSTOMERS * 2, 4), HORIZON_DAYS)).isPresent();
	}

	@Test
	void aucCountsTiesAsHalf() {
		double[] scores = { 0.1, 0.4, 0.4, 0.8 };
		boolean[] positive = { false, true, false, true };
		// pairs (positive, negative): (0.4,0.1)=1, (0.4,0.4)=0.5, (0.8,0.1)=1,
		// (0.8,0.4)=1
		assertThat(Ranking.auc(scores, positive)).isCloseTo(3.5 / 4, within(1e-12));
		assertThat(Ranking.spearman(new double[] { 1, 2, 3 }, new double[] { 30, 20, 10 })).isCloseTo(-1,
				within(1e-12));
	}

	/** Simulated buyers in days, with random spend and activity that carry no signal. */
	private static List<ChurnBacktest.Customer> customers(int n, long seed) {
		BgNbdParameters weekly = TRUTH;
		Simulation simulation = new Simulation(seed);
		return simulation.mbgNbdFuture(weekly, n, 4, 60, HORIZON_DAYS / 7).stream().map((f) -> {
			CustomerHistory h = f.history();
			double tDays = Math.floor(h.T() * 7);
			double txDays = Math.min(Math.floor(h.tx() * 7), tDays);
			return new ChurnBacktest.Customer(
					new ChurnFeatures(h.x(), (h.x() == 0) ? 0 : txDays, tDays, 3000 + (seed * 37 % 11) * 100, 0, 0),
					f.purchases());
		}).toList();
	}

	private static org.assertj.core.data.Offset<Double> withinPercent(double value, double percent) {
		return within(Math.abs(value) * percent / 100);
	}

}
