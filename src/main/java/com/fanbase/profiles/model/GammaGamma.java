package com.fanbase.profiles.model;

import org.hipparchus.special.Gamma;

/**
 * Per-customer quantities of the Gamma-Gamma model of monetary value (Fader &amp; Hardie
 * 2013, "The Gamma-Gamma Model of Monetary Value"). The model assumes a customer's
 * transaction values do not depend on how often they buy, so it is used alongside the
 * BG/NBD rather than inside it.
 */
public final class GammaGamma {

	private GammaGamma() {
	}

	/**
	 * The expected value of the customer's future transactions given {@code x} repeat
	 * transactions with mean {@code meanValue}: {@code p(v + x·m)/(px + q - 1)}, a
	 * weighted average of the population mean {@code pv/(q-1)} and the customer's own
	 * mean. With {@code x = 0} it is the population mean and {@code meanValue} is
	 * ignored.
	 * @throws ArithmeticException if {@code px + q <= 1}: the expectation is then
	 * infinite, which only happens for {@code q <= 1} with few transactions
	 */
	public static double expectedAverageSpend(GammaGammaParameters params, double x, double meanValue) {
		double p = params.p();
		double denominator = p * x + params.q() - 1;
		if (!(denominator > 0)) {
			throw new ArithmeticException(
					"Expected spend is infinite for px + q <= 1 (p=" + p + ", q=" + params.q() + ", x=" + x + ")");
		}
		double mean = (x > 0) ? meanValue : 0;
		return p * (params.v() + x * mean) / denominator;
	}

	/**
	 * The customer's contribution to the log-likelihood: the log density of the mean of
	 * {@code x} repeat transaction values, {@code x >= 1} and {@code meanValue > 0}.
	 */
	public static double logLikelihood(GammaGammaParameters params, int x, double meanValue) {
		if (x < 1 || !(meanValue > 0)) {
			throw new IllegalArgumentException("Needs x >= 1 and meanValue > 0, was x=" + x + ", mean=" + meanValue);
		}
		double p = params.p();
		double q = params.q();
		double v = params.v();
		double px = p * x;
		return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(v)
				+ (px - 1) * Math.log(meanValue) + px * Math.log(x) - (px + q) * Math.log(v + x * meanValue);
	}

}
