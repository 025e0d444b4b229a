package com.fanbase.demo;

/**
 * A small SplitMix64 generator with the few distributions the demo world needs.
 * <p>
 * Hand-rolled rather than {@code SplittableRandom} so the output is pinned to this code
 * and not to a JDK version, and all transcendental maths goes through {@link StrictMath}
 * so the same seed gives byte-identical data on every platform. Instances are reseeded
 * per customer and stream, so one customer's data never depends on another's.
 */
final class Rng {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private long state;

	Rng(long seed) {
		this.state = seed;
	}

	/** A seed for one independent stream of one entity, e.g. customer 17's orders. */
	static long key(long seed, long entityId, long stream) {
		return mix(mix(seed ^ (stream * GOLDEN)) + entityId * GOLDEN);
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	Rng reseed(long seed) {
		this.state = seed;
		return this;
	}

	long nextLong() {
		this.state += GOLDEN;
		return mix(this.state);
	}

	/** Uniform in [0, 1). */
	double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	/** Uniform in [0, bound); the bias of the multiply-shift is below 2^-32. */
	int nextInt(int bound) {
		return (int) (((nextLong() >>> 32) * bound) >>> 32);
	}

	/** Uniform in [origin, bound). */
	int nextInt(int origin, int bound) {
		return origin + nextInt(bound - origin);
	}

	/** Uniform in [0, bound) for any positive bound. */
	long nextLong(long bound) {
		return Math.unsignedMultiplyHigh(nextLong(), bound);
	}

	boolean chance(double probability) {
		return nextDouble() < probability;
	}

	/** Exponential with mean 1. */
	double exponential() {
		return -StrictMath.log(1.0 - nextDouble());
	}

	double gaussian() {
		double u = 1.0 - nextDouble();
		double v = nextDouble();
		return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * Math.PI * v);
	}

	/** Gamma with scale 1 (Marsaglia and Tsang, boosted for shapes below one). */
	double gamma(double shape) {
		if (shape < 1.0) {
			return gamma(shape + 1.0) * StrictMath.pow(1.0 - nextDouble(), 1.0 / shape);
		}
		double d = shape - 1.0 / 3.0;
		double c = 1.0 / StrictMath.sqrt(9.0 * d);
		while (true) {
			double x = gaussian();
			double v = 1.0 + c * x;
			if (v <= 0) {
				continue;
			}
			v = v * v * v;
			double u = 1.0 - nextDouble();
			if (StrictMath.log(u) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
				return d * v;
			}
		}
	}

	double beta(double a, double b) {
		double x = gamma(a);
		return x / (x + gamma(b));
	}

	/**
	 * An index drawn in proportion to {@code weights}; cheap for the short arrays used
	 * here.
	 */
	int pick(double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double target = nextDouble() * total;
		for (int i = 0; i < weights.length - 1; i++) {
			target -= weights[i];
			if (target < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	<T> T pick(T[] values) {
		return values[nextInt(values.length)];
	}

}
