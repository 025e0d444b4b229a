package com.fanbase.demo;

/**
 * When a customer buys: the generative story of the BG/NBD model. A customer signs up,
 * then buys as a Poisson process with a personal rate (gamma across customers) and after
 * each purchase may drop out for good with a personal probability (beta across
 * customers). A few only ever browse.
 * <p>
 * The rate is relative; a single factor found by {@link PurchaseCalibration} scales all
 * rates so that the total lands on the target. Because the arrival clock is drawn in
 * "rate units", the same draws serve both the calibration and the generation.
 * <p>
 * One instance is reused across customers; {@link #reset(long)} reseeds it.
 */
final class PurchaseProcess {

	/** A cap so one super-fan cannot dominate a small data set. */
	static final int MAX_PURCHASES = 250;

	/** Gamma shape of purchase rates: below one, so many buy rarely and a few often. */
	private static final double RATE_SHAPE = 0.75;

	/** Beta shape of dropout: below one, so some customers practically never leave. */
	private static final double DROPOUT_A = 0.6;

	/** Beta shape of dropout at up to eight orders per customer; see the constructor. */
	private static final double DROPOUT_B = 3.0;

	private final Rng rng = new Rng(0);

	private final long seed;

	private final long spanStart;

	private final long now;

	private final double dropoutB;

	private boolean browseOnly;

	private long signup;

	private double rate;

	private int purchasesBeforeDropout;

	private double clock;

	/**
	 * @param ordersPerCustomer the target; above eight, customers are made more loyal
	 * (lower dropout) so that higher volume comes from longer lives and not only from
	 * faster buying, which keeps the time between purchases plausible
	 */
	PurchaseProcess(long seed, long spanStart, long now, double ordersPerCustomer) {
		this.seed = seed;
		this.spanStart = spanStart;
		this.now = now;
		this.dropoutB = DROPOUT_B * Math.max(1, ordersPerCustomer / 8);
	}

	void reset(long customerId) {
		this.rng.reseed(RngStream.PURCHASES.seed(this.seed, customerId));
		this.browseOnly = this.rng.chance(0.1);
		// The platform grows, so recent sign-ups are more common than early ones.
		double position = StrictMath.pow(this.rng.nextDouble(), 0.7);
		this.signup = this.spanStart + (long) (position * (this.now - this.spanStart - IsoTime.HOUR));
		this.rate = this.rng.gamma(RATE_SHAPE) / (365.0 * IsoTime.DAY);
		double dropout = this.rng.beta(DROPOUT_A, this.dropoutB);
		double geometric = StrictMath.floor(StrictMath.log(1.0 - this.rng.nextDouble()) / StrictMath.log1p(-dropout));
		this.purchasesBeforeDropout = (int) Math.min(MAX_PURCHASES, 1 + geometric);
		this.clock = 0;
	}

	boolean browseOnly() {
		return this.browseOnly;
	}

	/** Epoch second the account was created. */
	long signup() {
		return this.signup;
	}

	/** Relative purchases per second while active, before the calibration factor. */
	double rate() {
		return this.rate;
	}

	/** The purchase after which the customer drops out, if now has not come first. */
	int purchasesBeforeDropout() {
		return this.purchasesBeforeDropout;
	}

	/** Seconds from sign-up to now. */
	long window() {
		return this.now - this.signup;
	}

	/**
	 * The next arrival on the customer's clock, in units where purchase {@code j} happens
	 * at {@code signup + arrival / (factor * rate)}.
	 */
	double nextArrival() {
		this.clock += this.rng.exponential();
		return this.clock;
	}

}
