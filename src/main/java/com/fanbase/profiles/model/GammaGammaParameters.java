package com.fanbase.profiles.model;

/**
 * The three Gamma-Gamma parameters: each transaction's value is gamma distributed with
 * shape {@code p} and a per-customer rate that is itself gamma distributed with shape
 * {@code q} and rate {@code v}.
 *
 * @param p shape of the transaction-value distribution
 * @param q shape of the distribution of per-customer rates
 * @param v rate of the distribution of per-customer rates, in money units
 */
public record GammaGammaParameters(double p, double q, double v) {

	public GammaGammaParameters {
		Positive.require("p", p);
		Positive.require("q", q);
		Positive.require("v", v);
	}

}
