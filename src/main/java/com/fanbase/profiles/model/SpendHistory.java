package com.fanbase.profiles.model;

/**
 * A customer's spending reduced to what the Gamma-Gamma model needs. The first purchase
 * is left out on purpose: it is often atypical (a welcome offer, a bundle), and the model
 * was fitted and validated on repeat transactions only.
 *
 * @param x number of repeat transactions
 * @param meanValue mean value of the repeat transactions (ignored when {@code x} is 0)
 */
public record SpendHistory(int x, double meanValue) {

	public SpendHistory {
		if (x < 0) {
			throw new IllegalArgumentException("x must be >= 0, was " + x);
		}
		if (!(meanValue >= 0) || Double.isInfinite(meanValue)) {
			throw new IllegalArgumentException("meanValue must be finite and >= 0, was " + meanValue);
		}
	}

}
