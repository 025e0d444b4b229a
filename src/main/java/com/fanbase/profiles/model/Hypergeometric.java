package com.fanbase.profiles.model;

/**
 * The one Gauss hypergeometric expression the BG/NBD expectations need. The paper's
 * equation 10 contains {@code (1-z)^(r+x) 2F1(r+x, b+x; a+b+x-1; z)}; Euler's
 * transformation {@code 2F1(A,B;C;z) = (1-z)^(C-A-B) 2F1(C-A, C-B; C; z)} turns it into
 * {@code (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z)}, whose numerator parameters no longer
 * grow with {@code x}. The series then has small terms and converges quickly even for
 * heavy buyers, where the untransformed one overflows.
 */
final class Hypergeometric {

	/** Relative precision at which the series stops. */
	private static final double TOLERANCE = 1e-15;

	/**
	 * The series needs roughly {@code (35 + max(e, 0)) · z/(1-z)} terms, and in the
	 * BG/NBD {@code z/(1-z)} is the horizon over {@code alpha + T}. Ten million terms
	 * (about 30 ms) cover horizons 100,000 times {@code alpha + T} when {@code a} is
	 * small, and any horizon a business would ask about for any plausible {@code a}.
	 */
	private static final int MAX_TERMS = 10_000_000;

	/** Terms this large are scaled down into the separate exponent. */
	private static final double RESCALE_ABOVE = 1e150;

	private static final double LOG_RESCALE_ABOVE = Math.log(RESCALE_ABOVE);

	private Hypergeometric() {
	}

	/**
	 * Computes {@code c * [1 - (1-z)^e * 2F1(c1, e; c; z)] / e} for {@code 0 <= z < 1},
	 * {@code c1 + 1 > 0}, {@code e > -1} and {@code c + 1 > 0}.
	 * <p>
	 * Written this way rather than as the bare 2F1 because every term of the series after
	 * the first carries a factor {@code e} (as {@code (e)_k}) and a factor {@code 1/c}:
	 * dividing them out analytically means the expression stays exact when {@code e} (the
	 * BG/NBD's {@code a - 1}) is 0 and never divides by {@code c} (which is {@code a+b-1}
	 * for a new customer and may be 0 or negative). The factor {@code (1-z)^e} is kept as
	 * a separate exponent, and terms that grow large are moved into it, so a large
	 * {@code e} (a concentrated dropout distribution) neither underflows the factor nor
	 * overflows the sum. The power series stops when a geometric bound on the remaining
	 * terms falls below 1e-15 of the sum; the ratio of successive terms is a rational
	 * function of k that approaches {@code z} monotonically once k is past the
	 * parameters, which is what makes the bound hold.
	 * @throws ArithmeticException if the series does not converge within ten million
	 * terms
	 */
	static double scaledComplement(double c1, double e, double c, double z) {
		if (z == 0) {
			return 0;
		}
		double logOneMinusZ = Math.log1p(-z);
		double constant = (e == 0) ? -logOneMinusZ : -Math.expm1(e * logOneMinusZ) / e;
		double logScale = e * logOneMinusZ;
		double term = c1 * z;
		double sum = 0;
		for (int k = 1; k <= MAX_TERMS; k++) {
			sum += term;
			double ratio = (c1 + k) * (e + k) * z / ((c + k) * (k + 1));
			double bound = Math.max(Math.abs(ratio), z);
			if (ratio == 0 || bound < 1 && Math.abs(term) * bound / (1 - bound) <= TOLERANCE * Math.abs(sum)) {
				return c * constant - sum * Math.exp(logScale);
			}
			term *= ratio;
			if (Math.abs(term) > RESCALE_ABOVE) {
				term /= RESCALE_ABOVE;
				sum /= RESCALE_ABOVE;
				logScale += LOG_RESCALE_ABOVE;
			}
		}
		throw new ArithmeticException("Hypergeometric series did not converge for z=" + z);
	}

}
