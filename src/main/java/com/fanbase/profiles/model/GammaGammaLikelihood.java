package com.fanbase.profiles.model;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.hipparchus.special.Gamma;

/**
 * The total Gamma-Gamma log-likelihood of a set of repeat buyers, arranged for repeated
 * evaluation: the sums that do not involve the parameters are taken once, gamma functions
 * are evaluated once per distinct {@code x}, and each customer costs one logarithm. The
 * result equals the sum of {@link GammaGamma#logLikelihood} over the customers.
 */
final class GammaGammaLikelihood {

	private final double[] distinctX;

	private final double[] customersWithX;

	private final double[] x;

	private final double[] spend;

	private final double sumXLogMean;

	private final double sumLogMean;

	private final double sumXLogX;

	private final double meanValue;

	private GammaGammaLikelihood(Map<Integer, Long> counts, double[] x, double[] spend, double[] sums) {
		this.distinctX = counts.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
		this.customersWithX = counts.values().stream().mapToDouble(Long::doubleValue).toArray();
		this.x = x;
		this.spend = spend;
		this.sumXLogMean = sums[0];
		this.sumLogMean = sums[1];
		this.sumXLogX = sums[2];
		this.meanValue = sums[3] / x.length;
	}

	/** Keeps the customers the model applies to: {@code x >= 1} and a positive mean. */
	static GammaGammaLikelihood of(Iterable<SpendHistory> histories) {
		Map<Integer, Long> counts = new TreeMap<>();
		double[] x = new double[1024];
		double[] spend = new double[1024];
		double[] sums = new double[4];
		int n = 0;
		for (SpendHistory history : histories) {
			if (history.x() < 1 || history.meanValue() <= 0) {
				continue;
			}
			if (n == x.length) {
				x = Arrays.copyOf(x, n * 2);
				spend = Arrays.copyOf(spend, n * 2);
			}
			double logMean = Math.log(history.meanValue());
			counts.merge(history.x(), 1L, Long::sum);
			x[n] = history.x();
			spend[n] = history.x() * history.meanValue();
			sums[0] += x[n] * logMean;
			sums[1] += logMean;
			sums[2] += x[n] * Math.log(x[n]);
			sums[3] += history.meanValue();
			n++;
		}
		if (n == 0) {
			throw new IllegalArgumentException("Cannot fit the Gamma-Gamma model without repeat buyers");
		}
		return new GammaGammaLikelihood(counts, Arrays.copyOf(x, n), Arrays.copyOf(spend, n), sums);
	}

	long customers() {
		return this.x.length;
	}

	double meanValue() {
		return this.meanValue;
	}

	/**
	 * @param params {@code p, q, v}
	 */
	double evaluate(double[] params) {
		double p = params[0];
		double q = params[1];
		double v = params[2];
		double total = this.x.length * (q * Math.log(v) - Gamma.logGamma(q));
		for (int k = 0; k < this.distinctX.length; k++) {
			double px = p * this.distinctX[k];
			total += this.customersWithX[k] * (Gamma.logGamma(px + q) - Gamma.logGamma(px));
		}
		total += p * this.sumXLogMean - this.sumLogMean + p * this.sumXLogX;
		for (int i = 0; i < this.x.length; i++) {
			total -= (p * this.x[i] + q) * Math.log(v + this.spend[i]);
		}
		return total;
	}

}
