package com.fanbase.profiles.model;

/**
 * Fits the Gamma-Gamma model by maximum likelihood on repeat buyers. Customers with
 * {@code x = 0} carry no information about spend per repeat transaction and customers
 * whose mean is 0 have no gamma density, so both are skipped;
 * {@link GammaGammaFit#customers} says how many were used. Thread-safe and stateless.
 */
public final class GammaGammaFitter {

	/**
	 * @param histories every customer's repeat-transaction count and mean value; read
	 * once
	 * @return the maximum-likelihood fit
	 * @throws IllegalArgumentException if no customer has {@code x >= 1} and a positive
	 * mean
	 */
	public GammaGammaFit fit(Iterable<SpendHistory> histories) {
		GammaGammaLikelihood likelihood = GammaGammaLikelihood.of(histories);
		LogSpaceOptimizer.Result result = LogSpaceOptimizer.maximise(likelihood::evaluate, start(likelihood));
		double[] p = result.parameters();
		return new GammaGammaFit(new GammaGammaParameters(p[0], p[1], p[2]), result.logLikelihood(),
				likelihood.customers(), result.evaluations(), result.converged());
	}

	/**
	 * Starts where the population mean {@code pv/(q-1)} equals the observed mean, so the
	 * start is sensible in any currency unit.
	 */
	private static double[] start(GammaGammaLikelihood likelihood) {
		return new double[] { 1, 2, likelihood.meanValue() };
	}

}
