package com.fanbase.profiles.model;

/**
 * The four BG/NBD parameters: while active, a customer buys at a Poisson rate drawn from
 * a gamma distribution with shape {@code r} and rate {@code alpha}; after each repeat
 * purchase they drop out with a probability drawn from a beta distribution with shape
 * parameters {@code a} and {@code b}.
 *
 * @param r shape of the purchase-rate distribution
 * @param alpha rate of the purchase-rate distribution, in the histories' time unit
 * @param a first shape parameter of the dropout-probability distribution
 * @param b second shape parameter of the dropout-probability distribution
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

	public BgNbdParameters {
		Positive.require("r", r);
		Positive.require("alpha", alpha);
		Positive.require("a", a);
		Positive.require("b", b);
	}

}
