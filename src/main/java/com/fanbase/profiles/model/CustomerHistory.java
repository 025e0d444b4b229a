package com.fanbase.profiles.model;

/**
 * A customer's purchase history reduced to what the BG/NBD needs. Times are in whatever
 * unit the caller chooses (days, weeks), as long as histories and horizons agree; the
 * fitted {@code alpha} is then in that unit too.
 *
 * @param x number of repeat transactions: distinct purchase days after the first
 * @param tx time from the first purchase to the last one (0 when {@code x} is 0)
 * @param T the customer's age: time from the first purchase to the end of observation
 */
public record CustomerHistory(double x, double tx, double T) {

	public CustomerHistory {
		check(x, tx, T);
	}

	static void check(double x, double tx, double T) {
		if (!(x >= 0) || x != Math.rint(x) || Double.isInfinite(x)) {
			throw new IllegalArgumentException("x must be a whole number >= 0, was " + x);
		}
		if (!(tx >= 0) || !(tx <= T) || Double.isInfinite(T)) {
			throw new IllegalArgumentException("Need 0 <= tx <= T < infinity, was tx=" + tx + ", T=" + T);
		}
		if (x == 0 && tx != 0) {
			throw new IllegalArgumentException("A customer with no repeat purchase has tx=0, was " + tx);
		}
	}

}
