package com.fanbase.profiles.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.hipparchus.special.Gamma;

/**
 * The total BG/NBD log-likelihood of a set of grouped histories, arranged for repeated
 * evaluation. The result equals the sum of {@link BgNbd#logLikelihood} over every
 * customer, but the work per evaluation is cut down in two ways. The gamma-function terms
 * ({@code A1}, {@code A2} and the {@code b+x-1} of {@code A4}) depend on {@code x} alone,
 * so they are computed once per distinct {@code x} and weighted by how many customers
 * have it. And {@code log(alpha + t)} is computed once per distinct time: statistics
 * rounded to days take at most a few thousand values however many customers there are.
 * Each group then costs one exponential and one logarithm.
 */
final class BgNbdLikelihood {

	private final double[] distinctX;

	private final double[] customersWithX;

	private final double[] distinctTimes;

	private final int[] xIndex;

	private final int[] txIndex;

	private final int[] ageIndex;

	private final double[] count;

	private final long customers;

	private final double meanX;

	private final double meanAge;

	private BgNbdLikelihood(Builder builder) {
		int n = builder.size;
		this.xIndex = Arrays.copyOf(builder.xIndex, n);
		this.txIndex = Arrays.copyOf(builder.txIndex, n);
		this.ageIndex = Arrays.copyOf(builder.ageIndex, n);
		this.count = Arrays.copyOf(builder.count, n);
		this.distinctX = builder.xs.values();
		this.customersWithX = Arrays.copyOf(builder.customersWithX, this.distinctX.length);
		this.distinctTimes = builder.times.values();
		this.customers = builder.customers;
		this.meanX = builder.sumX / builder.customers;
		this.meanAge = builder.sumAge / builder.customers;
	}

	static BgNbdLikelihood of(Iterable<WeightedHistory> groups) {
		Builder builder = new Builder();
		for (WeightedHistory group : groups) {
			builder.add(group.history(), group.count());
		}
		if (builder.customers == 0) {
			throw new IllegalArgumentException("Cannot fit a model to no customers");
		}
		return new BgNbdLikelihood(builder);
	}

	long customers() {
		return this.customers;
	}

	double meanX() {
		return this.meanX;
	}

	double meanAge() {
		return this.meanAge;
	}

	/**
	 * @param p {@code r, alpha, a, b}
	 */
	double evaluate(double[] p) {
		double r = p[0];
		double alpha = p[1];
		double a = p[2];
		double b = p[3];
		double[] logA4Constant = new double[this.distinctX.length];
		double constant = Gamma.logGamma(r) - r * Math.log(alpha) - Gamma.logGamma(a + b) + Gamma.logGamma(b);
		double total = 0;
		for (int k = 0; k < this.distinctX.length; k++) {
			double x = this.distinctX[k];
			double a1a2 = Gamma.logGamma(r + x) + Gamma.logGamma(b + x) - Gamma.logGamma(a + b + x) - constant;
			total += this.customersWithX[k] * a1a2;
			logA4Constant[k] = (x > 0) ? Math.log(a) - Math.log(b + x - 1) : Double.NaN;
		}
		double[] logAlphaPlus = new double[this.distinctTimes.length];
		for (int j = 0; j < logAlphaPlus.length; j++) {
			logAlphaPlus[j] = Math.log(alpha + this.distinctTimes[j]);
		}
		for (int i = 0; i < this.count.length; i++) {
			int k = this.xIndex[i];
			double x = this.distinctX[k];
			double a3 = -(r + x) * logAlphaPlus[this.ageIndex[i]];
			double term = a3;
			if (x > 0) {
				double a4 = logA4Constant[k] - (r + x) * logAlphaPlus[this.txIndex[i]];
				// log(1 + e) rather than log1p: the JIT's log is several times faster,
				// and
				// the absolute error (what matters in a sum of likelihoods) stays ~1e-16.
				term = Math.max(a3, a4) + Math.log(1 + Math.exp(-Math.abs(a3 - a4)));
			}
			total += this.count[i] * term;
		}
		return total;
	}

	/** Numbers each distinct value in the order first seen. */
	private static final class Index {

		private final Map<Double, Integer> positions = new HashMap<>();

		private double[] values = new double[64];

		int of(double value) {
			return this.positions.computeIfAbsent(value, (v) -> {
				int position = this.positions.size();
				if (position == this.values.length) {
					this.values = Arrays.copyOf(this.values, position * 2);
				}
				this.values[position] = v;
				return position;
			});
		}

		double[] values() {
			return Arrays.copyOf(this.values, this.positions.size());
		}

	}

	private static final class Builder {

		private final Index xs = new Index();

		private final Index times = new Index();

		private double[] customersWithX = new double[64];

		private int[] xIndex = new int[1024];

		private int[] txIndex = new int[1024];

		private int[] ageIndex = new int[1024];

		private double[] count = new double[1024];

		private int size;

		private long customers;

		private double sumX;

		private double sumAge;

		void add(CustomerHistory history, long weight) {
			if (this.size == this.count.length) {
				int capacity = this.size * 2;
				this.xIndex = Arrays.copyOf(this.xIndex, capacity);
				this.txIndex = Arrays.copyOf(this.txIndex, capacity);
				this.ageIndex = Arrays.copyOf(this.ageIndex, capacity);
				this.count = Arrays.copyOf(this.count, capacity);
			}
			int k = this.xs.of(history.x());
			if (k == this.customersWithX.length) {
				this.customersWithX = Arrays.copyOf(this.customersWithX, k * 2);
			}
			this.customersWithX[k] += weight;
			this.xIndex[this.size] = k;
			this.txIndex[this.size] = this.times.of(history.tx());
			this.ageIndex[this.size] = this.times.of(history.T());
			this.count[this.size] = weight;
			this.size++;
			this.customers = Math.addExact(this.customers, weight);
			this.sumX += history.x() * weight;
			this.sumAge += history.T() * weight;
		}

	}

}
