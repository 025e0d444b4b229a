package com.fanbase.profiles;

import com.fanbase.profiles.model.BgNbd;
import com.fanbase.profiles.model.BgNbdParameters;
import com.fanbase.profiles.model.ChurnFeatures;
import com.fanbase.profiles.model.ChurnModel;
import com.fanbase.profiles.model.GammaGamma;
import com.fanbase.profiles.model.GammaGammaParameters;
import com.fanbase.profiles.model.HeuristicChurn;

/**
 * A tenant's churn and value model, in weeks: the fitted BG/NBD with Gamma-Gamma spend
 * and the churn model its back-test chose, or the heuristic where history is too thin for
 * a stable fit or a back-test.
 */
sealed interface TenantModel {

	double DAYS_PER_WEEK = 7.0;

	String name();

	/**
	 * What drives the churn risk of a customer with {@code x} repeat transactions, as the
	 * profile's {@code churn_model} names it.
	 */
	String churnModel(double x);

	/** The probability that the customer buys nothing in the next 180 days. */
	double churnProbability(ChurnFeatures features);

	/**
	 * Chance the customer is still active, given repeat transactions x, recency tx and
	 * age T.
	 */
	double probabilityAlive(double x, double tx, double T);

	double expectedPurchases(double weeks, double x, double tx, double T);

	/** Expected value of one future transaction, in cents. */
	double expectedSpend(double x, double meanRepeatValue, double meanOrderValue);

	/**
	 * The fit. {@code p_alive} stays the BG/NBD's; expected purchases come from the count
	 * model the back-test found better calibrated, churn from the chosen candidate.
	 */
	record Fitted(BgNbdParameters bgNbd, GammaGammaParameters gammaGamma, double populationSpend,
			ChurnModel churn) implements TenantModel {

		@Override
		public String name() {
			return "bgnbd";
		}

		@Override
		public String churnModel(double x) {
			return this.churn.candidate(x).wireName();
		}

		@Override
		public double churnProbability(ChurnFeatures features) {
			return this.churn.churnProbability(features);
		}

		@Override
		public double probabilityAlive(double x, double tx, double T) {
			return BgNbd.probabilityAlive(this.bgNbd, x, tx, T);
		}

		@Override
		public double expectedPurchases(double weeks, double x, double tx, double T) {
			return this.churn.expectedPurchases(weeks, x, tx, T);
		}

		@Override
		public double expectedSpend(double x, double meanRepeatValue, double meanOrderValue) {
			if (this.gammaGamma == null) {
				return (x > 0) ? meanRepeatValue : this.populationSpend;
			}
			return GammaGamma.expectedAverageSpend(this.gammaGamma, x, meanRepeatValue);
		}

	}

	/**
	 * The fallback: each customer's own purchase rate (see {@link HeuristicChurn}) and
	 * their own average order as the value of a future one.
	 */
	record Heuristic(HeuristicChurn churn, double populationSpend) implements TenantModel {

		@Override
		public String name() {
			return "heuristic";
		}

		@Override
		public String churnModel(double x) {
			return "heuristic";
		}

		@Override
		public double churnProbability(ChurnFeatures f) {
			return 1 - this.churn.probabilityAlive(f.x(), f.txDays() / DAYS_PER_WEEK, f.tDays() / DAYS_PER_WEEK);
		}

		@Override
		public double probabilityAlive(double x, double tx, double T) {
			return this.churn.probabilityAlive(x, tx, T);
		}

		@Override
		public double expectedPurchases(double weeks, double x, double tx, double T) {
			return this.churn.expectedPurchases(weeks, x, tx, T);
		}

		@Override
		public double expectedSpend(double x, double meanRepeatValue, double meanOrderValue) {
			return (meanOrderValue > 0) ? meanOrderValue : this.populationSpend;
		}

	}

}
