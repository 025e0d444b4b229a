package com.fanbase.profiles.model;

import org.hipparchus.special.Gamma;

/**
 * Per-customer quantities of the BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting
 * Your Customers the Easy Way", Marketing Science 24(2)). Every function takes the
 * customer's sufficient statistics {@code x}, {@code tx} and {@code T} as defined in
 * {@link CustomerHistory}, and works in log space so heavy buyers and old customers
 * neither overflow nor underflow.
 */
public final class BgNbd {

	private BgNbd() {
	}

	/**
	 * The probability that the customer has not dropped out by {@code T} (equation 13).
	 * It is 1 when {@code x} is 0, because in the BG/NBD a customer can only drop out
	 * right after a repeat purchase.
	 */
	public static double probabilityAlive(BgNbdParameters params, double x, double tx, double T) {
		CustomerHistory.check(x, tx, T);
		if (x == 0) {
			return 1;
		}
		return 1 / (1 + Math.exp(logDropoutOdds(params, x, tx, T)));
	}

	/**
	 * The expected number of purchases in the next {@code t} time units of a customer
	 * with this history (equation 10), using the transformed hypergeometric series
	 * described in {@link Hypergeometric#scaledComplement}.
	 */
	public static double expectedPurchases(BgNbdParameters params, double t, double x, double tx, double T) {
		CustomerHistory.check(x, tx, T);
		requireHorizon(t);
		double r = params.r();
		double a = params.a();
		double b = params.b();
		double z = t / (params.alpha() + T + t);
		double scaled = Hypergeometric.scaledComplement(a + b - 1 - r, a - 1, a + b + x - 1, z);
		return scaled * probabilityAlive(params, x, tx, T);
	}

	/**
	 * The probability of no purchase in the next {@code t}: dropped out already, or
	 * active and silent for {@code t} (an active customer drops out only at a purchase,
	 * and their rate given the history is gamma({@code r+x}, {@code alpha+T})). Unlike
	 * {@link #probabilityAlive} it ranks one-time buyers by how long ago they bought.
	 */
	public static double probabilityNoPurchase(BgNbdParameters params, double t, double x, double tx, double T) {
		requireHorizon(t);
		return MbgNbd.noPurchase(probabilityAlive(params, x, tx, T), params, t, x, T);
	}

	/**
	 * The expected number of repeat purchases in the first {@code t} time units after a
	 * randomly chosen customer's first purchase (equation 9): the same expression as a
	 * customer with {@code x = 0} and {@code T = 0}.
	 */
	public static double expectedPurchases(BgNbdParameters params, double t) {
		return expectedPurchases(params, t, 0, 0, 0);
	}

	/**
	 * The customer's contribution to the log-likelihood (the logarithm of equation 6),
	 * written as {@code A1 + A2 + log(exp(A3) + exp(A4))} like common implementations.
	 */
	public static double logLikelihood(BgNbdParameters params, double x, double tx, double T) {
		CustomerHistory.check(x, tx, T);
		double r = params.r();
		double alpha = params.alpha();
		double a = params.a();
		double b = params.b();
		double a1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
		double a2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
		double a3 = -(r + x) * Math.log(alpha + T);
		if (x == 0) {
			return a1 + a2 + a3;
		}
		double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
		return a1 + a2 + logAddExp(a3, a4);
	}

	/**
	 * {@code log(a/(b+x-1) * ((alpha+T)/(alpha+tx))^(r+x))}: the log odds of having
	 * dropped out after the last purchase against still being active.
	 */
	private static double logDropoutOdds(BgNbdParameters params, double x, double tx, double T) {
		double alpha = params.alpha();
		return Math.log(params.a()) - Math.log(params.b() + x - 1)
				+ (params.r() + x) * Math.log1p((T - tx) / (alpha + tx));
	}

	static double logAddExp(double u, double v) {
		double max = Math.max(u, v);
		return max + Math.log1p(Math.exp(-Math.abs(u - v)));
	}

	private static void requireHorizon(double t) {
		if (!(t >= 0) || Double.isInfinite(t)) {
			throw new IllegalArgumentException("The horizon t must be finite and >= 0, was " + t);
		}
	}

}
