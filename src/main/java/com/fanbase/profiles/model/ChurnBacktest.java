package com.fanbase.profiles.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fanbase.profiles.model.LogisticRegression.LogisticFit;

/**
 * The temporal back-test that picks a tenant's churn model. Every candidate scores the
 * buyers as they stood at a cutoff one horizon before the observation time, and is judged
 * against what happened in that horizon: the AUC for "no purchase in the horizon",
 * overall and among one-time buyers, next to plain recency. The count models are fitted
 * on the histories up to the cutoff; the classifiers are trained on the back-test's own
 * outcomes, so their AUC is measured out of fold (five folds over customers).
 * <p>
 * One candidate is chosen for repeat buyers and one for one-time buyers (all candidates
 * are probabilities of the same event, so the two mix into one ranking): the pair with
 * the highest AUC over everyone, among the pairs that beat recency overall and are not
 * worse than recency among one-time buyers. Without such a pair recency drives churn
 * risk. The count models rank one-time buyers exactly as recency does, so the constraint
 * can always be met; the classifiers may add spend, activity and season where that helps.
 */
public final class ChurnBacktest {

	/** Fewer buyers at the cutoff than this and no back-test is run. */
	public static final int MIN_CUSTOMERS = 300;

	/**
	 * Fewer buyers than this who bought again, or who did not, and no back-test is run.
	 */
	public static final int MIN_EACH_OUTCOME = 30;

	static final double RIDGE = 1.0;

	private static final int FOLDS = 5;

	/** Bands of expected purchases in the horizon, for calibration. */
	private static final double[] BAND_EDGES = { 0, 0.25, 0.5, 1, 2, 4 };

	private ChurnBacktest() {
	}

	/**
	 * A buyer at the cutoff and what they did in the horizon after it.
	 *
	 * @param features the buyer at the cutoff
	 * @param purchases distinct purchase days in the horizon
	 */
	public record Customer(ChurnFeatures features, int purchases) {

		boolean churned() {
			return this.purchases == 0;
		}

	}

	/**
	 * @param customers buyers with a first purchase at or before the cutoff
	 * @param horizonDays the horizon between the cutoff and the observation time
	 * @return the result, or empty when there is too little history to judge
	 */
	public static Optional<Result> run(List<Customer> customers, double horizonDays) {
		int n = customers.size();
		long churned = customers.stream().filter(Customer::churned).count();
		if (n < MIN_CUSTOMERS || churned < MIN_EACH_OUTCOME || n - churned < MIN_EACH_OUTCOME) {
			return Optional.empty();
		}
		CountModels counts = CountModels.fit(customers, horizonDays);
		boolean[] labels = new boolean[n];
		boolean[] oneTime = new boolean[n];
		double[] actual = new double[n];
		for (int i = 0; i < n; i++) {
			Customer c = customers.get(i);
			labels[i] = c.churned();
			oneTime[i] = c.features().x() == 0;
			actual[i] = c.purchases();
		}
		double[] mbgChurn = score(customers, counts::mbgNbdChurn);
		double[][] base = customers.stream().map((c) -> c.features().vector()).toArray(double[][]::new);
		double[][] blended = new double[n][];
		for (int i = 0; i < n; i++) {
			blended[i] = customers.get(i).features().vectorWith(mbgChurn[i]);
		}
		double[][] recencyOnly = customers.stream().map((c) -> c.features().recencyVector()).toArray(double[][]::new);
		Map<ChurnCandidate, double[]> scores = new EnumMap<>(ChurnCandidate.class);
		scores.put(ChurnCandidate.RECENCY, customers.stream().mapToDouble((c) -> c.features().recencyDays()).toArray());
		scores.put(ChurnCandidate.BGNBD_P_ALIVE, score(customers, counts::bgNbdNotAlive));
		scores.put(ChurnCandidate.BGNBD, score(customers, counts::bgNbdChurn));
		scores.put(ChurnCandidate.MBGNBD, mbgChurn);
		scores.put(ChurnCandidate.CLASSIFIER, outOfFold(base, labels));
		scores.put(ChurnCandidate.BLEND, outOfFold(blended, labels));
		List<CandidateResult> results = new ArrayList<>();
		scores.forEach((candidate, score) -> results.add(new CandidateResult(candidate, Ranking.auc(score, labels),
				Ranking.auc(subset(score, oneTime), subset(labels, oneTime)))));
		Choice choice = choose(scores, labels, oneTime, results.get(0));
		Map<ChurnCandidate, Expectations> expectations = new LinkedHashMap<>();
		expectations.put(ChurnCandidate.BGNBD, expectations(customers, actual, counts::bgNbdExpected));
		expectations.put(ChurnCandidate.MBGNBD, expectations(customers, actual, counts::mbgNbdExpected));
		ChurnCandidate countModel = (expectations.get(ChurnCandidate.MBGNBD)
			.error() < expectations.get(ChurnCandidate.BGNBD).error()) ? ChurnCandidate.MBGNBD : ChurnCandidate.BGNBD;
		double recencySpearman = Ranking
			.spearman(customers.stream().mapToDouble((c) -> -c.features().recencyDays()).toArray(), actual);
		return Optional.of(new Result(n, churned, countTrue(oneTime), results, choice, expectations, countModel,
				recencySpearman, LogisticRegression.fit(base, labels, RIDGE),
				LogisticRegression.fit(blended, labels, RIDGE), LogisticRegression.fit(recencyOnly, labels, RIDGE)));
	}

	/**
	 * The BG/NBD and the MBG/NBD fitted on the histories up to the cutoff, and what each
	 * says of a buyer over the horizon (histories in weeks, as the models are fitted).
	 */
	private record CountModels(BgNbdParameters bgNbd, BgNbdParameters mbgNbd, double weeks) {

		static CountModels fit(List<Customer> customers, double horizonDays) {
			List<WeightedHistory> groups = WeightedHistory.group(customers.stream()
				.map((c) -> new CustomerHistory(c.features().x(), weeks(c.features().txDays()),
						weeks(c.features().tDays())))
				.toList());
			return new CountModels(new BgNbdFitter().fit(groups).parameters(),
					new MbgNbdFitter().fit(groups).parameters(), weeks(horizonDays));
		}

		double bgNbdNotAlive(ChurnFeatures f) {
			return 1 - BgNbd.probabilityAlive(this.bgNbd, f.x(), weeks(f.txDays()), weeks(f.tDays()));
		}

		double bgNbdChurn(ChurnFeatures f) {
			return BgNbd.probabilityNoPurchase(this.bgNbd, this.weeks, f.x(), weeks(f.txDays()), weeks(f.tDays()));
		}

		double mbgNbdChurn(ChurnFeatures f) {
			return MbgNbd.probabilityNoPurchase(this.mbgNbd, this.weeks, f.x(), weeks(f.txDays()), weeks(f.tDays()));
		}

		double bgNbdExpected(ChurnFeatures f) {
			return BgNbd.expectedPurchases(this.bgNbd, this.weeks, f.x(), weeks(f.txDays()), weeks(f.tDays()));
		}

		double mbgNbdExpected(ChurnFeatures f) {
			return MbgNbd.expectedPurchases(this.mbgNbd, this.weeks, f.x(), weeks(f.txDays()), weeks(f.tDays()));
		}

		private static double weeks(double days) {
			return days / ChurnModel.DAYS_PER_WEEK;
		}

	}

	/**
	 * The pair (repeat buyers, one-time buyers) with the best AUC over everyone that
	 * beats recency overall and is not worse among one-time buyers; recency for both if
	 * none does. Ties go to the earlier candidates in {@link ChurnCandidate}'s order.
	 */
	static Choice choose(Map<ChurnCandidate, double[]> scores, boolean[] labels, boolean[] oneTime,
			CandidateResult recency) {
		Choice best = new Choice(ChurnCandidate.RECENCY, ChurnCandidate.RECENCY, recency.auc(),
				recency.aucOneTimeBuyers());
		for (ChurnCandidate repeat : scores.keySet()) {
			for (ChurnCandidate once : scores.keySet()) {
				// Recency's raw days do not mix with probabilities; its fitted form is
				// what
				// the all-recency choice uses.
				if (!repeat.selectable() || !once.selectable() || repeat == ChurnCandidate.RECENCY
						|| once == ChurnCandidate.RECENCY) {
					continue;
				}
				double[] repeatScores = scores.get(repeat);
				double[] onceScores = scores.get(once);
				double[] mixed = new double[labels.length];
				for (int i = 0; i < mixed.length; i++) {
					mixed[i] = oneTime[i] ? onceScores[i] : repeatScores[i];
				}
				double auc = Ranking.auc(mixed, labels);
				double aucOnce = Ranking.auc(subset(onceScores, oneTime), subset(labels, oneTime));
				boolean onceOk = Double.isNaN(recency.aucOneTimeBuyers()) || aucOnce >= recency.aucOneTimeBuyers();
				if (auc > recency.auc() && onceOk && auc > best.auc()) {
					best = new Choice(repeat, once, auc, aucOnce);
				}
			}
		}
		return best;
	}

	/**
	 * What drives churn risk.
	 *
	 * @param repeatBuyers the candidate for customers with a repeat purchase
	 * @param oneTimeBuyers the candidate for customers without one
	 * @param auc the back-test AUC of the two together
	 * @param aucOneTimeBuyers their AUC among one-time buyers
	 */
	public record Choice(ChurnCandidate repeatBuyers, ChurnCandidate oneTimeBuyers, double auc,
			double aucOneTimeBuyers) {

		public boolean beatsRecency() {
			return this.repeatBuyers != ChurnCandidate.RECENCY;
		}

	}

	private static double[] score(List<Customer> customers, Function<ChurnFeatures, Double> score) {
		return customers.stream().mapToDouble((c) -> score.apply(c.features())).toArray();
	}

	private static double[] outOfFold(double[][] features, boolean[] labels) {
		int n = features.length;
		double[] scores = new double[n];
		for (int fold = 0; fold < FOLDS; fold++) {
			List<double[]> train = new ArrayList<>();
			List<Boolean> trainLabels = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if (i % FOLDS != fold) {
					train.add(features[i]);
					trainLabels.add(labels[i]);
				}
			}
			boolean[] y = new boolean[trainLabels.size()];
			for (int i = 0; i < y.length; i++) {
				y[i] = trainLabels.get(i);
			}
			LogisticFit fit = LogisticRegression.fit(train.toArray(double[][]::new), y, RIDGE);
			for (int i = fold; i < n; i += FOLDS) {
				scores[i] = fit.probability(features[i]);
			}
		}
		return scores;
	}

	private static Expectations expectations(List<Customer> customers, double[] actual,
			Function<ChurnFeatures, Double> expected) {
		double[] predicted = score(customers, expected);
		List<Band> bands = new ArrayList<>();
		double error = 0;
		for (int b = 0; b < BAND_EDGES.length; b++) {
			double lo = BAND_EDGES[b];
			double hi = (b + 1 < BAND_EDGES.length) ? BAND_EDGES[b + 1] : Double.POSITIVE_INFINITY;
			int count = 0;
			double sumPredicted = 0;
			double sumActual = 0;
			for (int i = 0; i < predicted.length; i++) {
				if (predicted[i] >= lo && predicted[i] < hi) {
					count++;
					sumPredicted += predicted[i];
					sumActual += actual[i];
				}
			}
			if (count > 0) {
				bands.add(new Band(lo, Double.isInfinite(hi) ? null : hi, count, sumPredicted / count,
						sumActual / count));
				error += Math.abs(sumPredicted - sumActual);
			}
		}
		double totalPredicted = 0;
		double totalActual = 0;
		for (int i = 0; i < predicted.length; i++) {
			totalPredicted += predicted[i];
			totalActual += actual[i];
		}
		return new Expectations(Ranking.spearman(predicted, actual), totalPredicted, totalActual, bands,
				error / predicted.length);
	}

	private static double[] subset(double[] values, boolean[] keep) {
		double[] out = new double[countTrue(keep)];
		int j = 0;
		for (int i = 0; i < values.length; i++) {
			if (keep[i]) {
				out[j++] = values[i];
			}
		}
		return out;
	}

	private static boolean[] subset(boolean[] values, boolean[] keep) {
		boolean[] out = new boolean[countTrue(keep)];
		int j = 0;
		for (int i = 0; i < values.length; i++) {
			if (keep[i]) {
				out[j++] = values[i];
			}
		}
		return out;
	}

	private static int countTrue(boolean[] values) {
		int count = 0;
		for (boolean value : values) {
			count += value ? 1 : 0;
		}
		return count;
	}

	/**
	 * A candidate's back-test AUC for "no purchase in the horizon".
	 *
	 * @param aucOneTimeBuyers the AUC among customers without a repeat purchase at the
	 * cutoff (NaN without both outcomes among them)
	 */
	public record CandidateResult(ChurnCandidate candidate, double auc, double aucOneTimeBuyers) {

	}

	/**
	 * Expected purchases in a band of the prediction, against the purchases made.
	 *
	 * @param to the band's upper end (exclusive), null for the last band
	 */
	public record Band(double from, Double to, int customers, double predicted, double actual) {

	}

	/**
	 * How a count model's expected purchases in the horizon compared with what happened.
	 *
	 * @param error mean absolute difference of predicted and actual purchases per band,
	 * weighted by the band's customers
	 */
	public record Expectations(double spearman, double predicted, double actual, List<Band> bands, double error) {

	}

	/**
	 * The back-test's outcome, with the classifiers trained on all of it.
	 */
	public record Result(int customers, long churned, int oneTimeBuyers, List<CandidateResult> candidates,
			Choice chosen, Map<ChurnCandidate, Expectations> expectations, ChurnCandidate expectationsModel,
			double recencySpearman, LogisticFit classifier, LogisticFit blend, LogisticFit recency) {

		public CandidateResult result(ChurnCandidate candidate) {
			return this.candidates.stream().filter((c) -> c.candidate() == candidate).findFirst().orElseThrow();
		}

		/** The chosen model with the count models refitted as of the observation time. */
		public ChurnModel model(BgNbdParameters bgNbd, BgNbdParameters mbgNbd, double horizonDays) {
			return new ChurnModel(this.chosen.repeatBuyers(), this.chosen.oneTimeBuyers(), this.expectationsModel,
					bgNbd, mbgNbd, this.classifier, this.blend, this.recency, horizonDays);
		}

	}

}
