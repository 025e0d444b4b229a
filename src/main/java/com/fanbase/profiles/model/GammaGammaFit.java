package com.fanbase.profiles.model;

/**
 * The outcome of a Gamma-Gamma maximum-likelihood fit.
 *
 * @param parameters the parameters with the highest likelihood found
 * @param logLikelihood the total log-likelihood of the data at {@code parameters}
 * @param customers how many customers the fit used: repeat buyers with a positive mean
 * value
 * @param evaluations how many times the likelihood was evaluated
 * @param converged whether the optimiser met its tolerance; when false the parameters are
 * the best point seen before the evaluation budget ran out
 */
public record GammaGammaFit(GammaGammaParameters parameters, double logLikelihood, long customers, int evaluations,
		boolean converged) {

}
