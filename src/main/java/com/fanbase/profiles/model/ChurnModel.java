package com.fanbase.profiles.model;

import com.fanbase.profiles.model.LogisticRegression.LogisticFit;

/**
 * The churn and purchase model a tenant's back-test chose, fitted as of the observation
 * time. Churn is the probability of no purchase in the next {@code horizonDays}; expected
 * purchases come from whichever count model was better calibrated in the back-test. Times
 * of the count models are in weeks.
 *
 * @param chosen what drives churn risk of customers with a repeat purchase
 * @param chosenOneTime what drives churn risk of customers without one
 * @param expectations the count model for expected purchases and P(alive):
 * {@link ChurnCandidate#BGNBD} or {@link ChurnCandidate#MBGNBD}
 * @param bgNbd the BG/NBD fit as of the observation time
 * @param mbgNbd the MBG/NBD fit as of the observation time
 * @param classifier the classifier trained on the back-test (null if not trained)
 * @param blend the blend trained on the back-test (null if not trained)
 * @param recency the one-feature recency fit (null if not trained)
 */
public record ChurnModel(ChurnCandidate chosen, ChurnCandidate chosenOneTime, ChurnCandidate expectations,
		BgNbdParameters bgNbd, BgNbdParameters mbgNbd, LogisticFit classifier, LogisticFit blend, LogisticFit recency,
		double horizonDays) {

	public static final double DAYS_PER_WEEK = 7.0;

	public double churnProbability(ChurnFeatures f) {
		double x = f.x();
		double tx = f.txDays() / DAYS_PER_WEEK;
		double t = f.tDays() / DAYS_PER_WEEK;
		double horizon = this.horizonDays / DAYS_PER_WEEK;
		return switch (candidate(x)) {
			case RECENCY -> recencyProbability(this.recency, f, this.horizonDays);
			case BGNBD_P_ALIVE -> 1 - BgNbd.probabilityAlive(this.bgNbd, x, tx, t);
			case BGNBD -> BgNbd.probabilityNoPurchase(this.bgNbd, horizon, x, tx, t);
			case MBGNBD -> MbgNbd.probabilityNoPurchase(this.mbgNbd, horizon, x, tx, t);
			case CLASSIFIER -> this.classifier.probability(f.vector());
			case BLEND ->
				this.blend.probability(f.vectorWith(MbgNbd.probabilityNoPurchase(this.mbgNbd, horizon, x, tx, t)));
		};
	}

	/** The candidate that scores a customer with {@code x} repeat transactions. */
	public ChurnCandidate candidate(double x) {
		return (x == 0) ? this.chosenOneTime : this.chosen;
	}

	public double probabilityAlive(double x, double tx, double T) {
		return (this.expectations == ChurnCandidate.MBGNBD) ? MbgNbd.probabilityAlive(this.mbgNbd, x, tx, T)
				: BgNbd.probabilityAlive(this.bgNbd, x, tx, T);
	}

	public double expectedPurchases(double weeks, double x, double tx, double T) {
		return (this.expectations == ChurnCandidate.MBGNBD) ? MbgNbd.expectedPurchases(this.mbgNbd, weeks, x, tx, T)
				: BgNbd.expectedPurchases(this.bgNbd, weeks, x, tx, T);
	}

	/**
	 * Recency as a probability: the back-test's one-feature fit when it rises with
	 * recency, otherwise a fixed increasing curve, so the ranking is always recency's.
	 */
	static double recencyProbability(LogisticFit fit, ChurnFeatures f, double horizonDays) {
		if (fit != null && fit.coefficients()[1] > 0) {
			return fit.probability(f.recencyVector());
		}
		return f.recencyDays() / (f.recencyDays() + horizonDays);
	}

}
