package com.fanbase.profiles.model;

/**
 * Fits the BG/NBD by maximum likelihood. Input may be one history per customer or
 * histories grouped with counts, as an SQL {@code GROUP BY} over rounded statistics
 * returns them; the two give the same fit, but grouped input is evaluated once per group.
 * Thread-safe and stateless.
 */
public final class BgNbdFitter {

	/**
	 * Fits the model to grouped histories.
	 * @param groups distinct histories with the number of customers who have each; read
	 * once
	 * @return the maximum-likelihood fit
	 * @throws IllegalArgumentException if there are no customers
	 */
	public BgNbdFit fit(Iterable<WeightedHistory> groups) {
		BgNbdLikelihood likelihood = BgNbdLikelihood.of(groups);
		LogSpaceOptimizer.Result result = LogSpaceOptimizer.maximise(likelihood::evaluate, start(likelihood));
		double[] p = result.parameters();
		return new BgNbdFit(new BgNbdParameters(p[0], p[1], p[2], p[3]), result.logLikelihood(), likelihood.customers(),
				result.evaluations(), result.converged());
	}

	/**
	 * Fits the model to one history per customer.
	 * @param customers the customers' histories; read once
	 * @return the maximum-likelihood fit
	 * @throws IllegalArgumentException if there are no customers
	 */
	public BgNbdFit fitCustomers(Iterable<CustomerHistory> customers) {
		return fit(WeightedHistory.group(customers));
	}

	/**
	 * Starts with unit shapes and a rate {@code alpha} that matches the observed purchase
	 * rate, so the start is sensible whatever time unit the caller chose.
	 */
	private static double[] start(BgNbdLikelihood likelihood) {
		double purchaseRate = Math.max(likelihood.meanX(), 0.01) / Math.max(likelihood.meanAge(), 1e-6);
		return new double[] { 1, 1 / purchaseRate, 1, 1 };
	}

}
