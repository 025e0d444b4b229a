package com.fanbase.profiles.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the MBG/NBD by maximum likelihood over grouped histories, with the same log-space
 * BOBYQA as the BG/NBD. Thread-safe and stateless.
 */
public final class MbgNbdFitter {

	/**
	 * @param groups distinct histories with the number of customers who have each
	 * @return the maximum-likelihood fit
	 * @throws IllegalArgumentException if there are no customers
	 */
	public BgNbdFit fit(Iterable<WeightedHistory> groups) {
		List<WeightedHistory> list = new ArrayList<>();
		groups.forEach(list::add);
		long customers = list.stream().mapToLong(WeightedHistory::count).sum();
		if (customers == 0) {
			throw new IllegalArgumentException("No customers to fit");
		}
		double meanX = list.stream().mapToDouble((g) -> g.count() * g.history().x()).sum() / customers;
		double meanAge = list.stream().mapToDouble((g) -> g.count() * g.history().T()).sum() / customers;
		double purchaseRate = Math.max(meanX, 0.01) / Math.max(meanAge, 1e-6);
		LogSpaceOptimizer.Result result = LogSpaceOptimizer.maximise((p) -> logLikelihood(list, p),
				new double[] { 1, 1 / purchaseRate, 1, 1 });
		double[] p = result.parameters();
		return new BgNbdFit(new BgNbdParameters(p[0], p[1], p[2], p[3]), result.logLikelihood(), customers,
				result.evaluations(), result.converged());
	}

	public BgNbdFit fitCustomers(Iterable<CustomerHistory> customers) {
		return fit(WeightedHistory.group(customers));
	}

	private static double logLikelihood(List<WeightedHistory> groups, double[] p) {
		BgNbdParameters params = new BgNbdParameters(p[0], p[1], p[2], p[3]);
		double total = 0;
		for (WeightedHistory group : groups) {
			CustomerHistory h = group.history();
			total += group.count() * MbgNbd.logLikelihood(params, h.x(), h.tx(), h.T());
		}
		return total;
	}

}
