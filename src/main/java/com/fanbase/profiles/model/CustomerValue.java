package com.fanbase.profiles.model;

/**
 * Customer lifetime value from the two models together.
 */
public final class CustomerValue {

	private CustomerValue() {
	}

	/**
	 * The value a customer is expected to bring in the next {@code horizon} time units:
	 * the BG/NBD's expected number of purchases times the Gamma-Gamma's expected value
	 * per purchase. It is undiscounted and has no margin applied, so it is expected
	 * revenue over a finite horizon rather than a discounted lifetime value; multiplying
	 * the two expectations relies on the Gamma-Gamma's assumption that spend and purchase
	 * frequency are independent.
	 * @param meanValue mean value of the customer's repeat transactions (ignored when
	 * {@code x} is 0, where the population mean is used)
	 */
	public static double predictedValue(BgNbdParameters bgNbd, GammaGammaParameters gammaGamma, double x, double tx,
			double T, double meanValue, double horizon) {
		double purchases = BgNbd.expectedPurchases(bgNbd, horizon, x, tx, T);
		return purchases * GammaGamma.expectedAverageSpend(gammaGamma, x, meanValue);
	}

}
