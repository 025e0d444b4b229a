package com.fanbase.profiles.model;

import org.hipparchus.special.Gamma;

/**
 * Per-customer quantities of the MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007,
 * "Empirical validation and comparison of models for customer base analysis", IJRM 24).
 * It has the BG/NBD's four parameters and differs in one assumption: a customer may also
 * drop out right after the first purchase, so one-time buyers who went quiet long ago are
 * not taken to be certainly alive. Parameters are carried in {@link BgNbdParameters}
 * since they mean the same things.
 */
public final class MbgNbd {

	private MbgNbd() {
	}

	/**
	 * The probability that the customer is still active at {@code T}:
	 * {@code 1 / (1 + a/(b+x) · ((alpha+T)/(alpha+tx))^(r+x))}, for every {@code x}.
	 */
	public static double probabilityAlive(BgNbdParameters params, double x, double tx, double T) {
		CustomerHistory.check(x, tx, T);
		double logOdds = Math.log(params.a()) - Math.log(params.b() + x)
				+ (params.r() + x) * Math.log1p((T - tx) / (params.alpha() + tx));
		return 1 / (1 + Math.exp(logOdds));
	}

	/**
	 * The expected number of purchases in the next {@code t} time units. The MBG/NBD's
	 * expectation is the BG/NBD's with {@code b + 1} in place of {@code b} in the
	 * hypergeometric term and the dropout odds applied to every customer.
	 */
	public static double expectedPurchases(BgNbdParameters params, double t, double x, double tx, double T) {
		CustomerHistory.check(x, tx, T);
		double r = params.r();
		double a = params.a();
		double b = params.b() + 1;
		double z = t / (params.alpha() + T + t);
		double scaled = Hypergeometric.scaledComplement(a + b - 1 - r, a - 1, a + b + x - 1, z);
		return scaled * probabilityAlive(params, x, tx, T);
	}

	/**
	 * The probability of no purchase in the next {@code t}: dropped out already, or
	 * active and silent for {@code t}. An active customer's rate given the history is
	 * gamma({@code r+x}, {@code alpha+T}), and an active customer can drop out only at a
	 * purchase, so silence has probability {@code ((alpha+T)/(alpha+T+t))^(r+x)}.
	 */
	public static double probabilityNoPurchase(BgNbdParameters params, double t, double x, double tx, double T) {
		return noPurchase(probabilityAlive(params, x, tx, T), params, t, x, T);
	}

	static double noPurchase(double alive, BgNbdParameters params, double t, double x, double T) {
		double silent = Math.exp(-(params.r() + x) * Math.log1p(t / (params.alpha() + T)));
		return 1 - alive * (1 - silent);
	}

	/**
	 * The customer's contribution to the log-likelihood (Batislam et al., equation 5).
	 */
	public static double logLikelihood(BgNbdParameters params, double x, double tx, double T) {
		CustomerHistory.check(x, tx, T);
		double r = params.r();
		double alpha = params.alpha();
		double a = params.a();
		double b = params.b();
		double a1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
		double a2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x + 1) - Gamma.logGamma(b)
				- Gamma.logGamma(a + b + x + 1);
		double a3 = -(r + x) * Math.log(alpha + T);
		double a4 = Math.log(a) - Math.log(b + x) - (r + x) * Math.log(alpha + tx);
		return a1 + a2 + BgNbd.logAddExp(a3, a4);
	}

}
