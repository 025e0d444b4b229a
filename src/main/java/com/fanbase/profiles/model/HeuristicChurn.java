package com.fanbase.profiles.model;

/**
 * A fallback for when the BG/NBD cannot be trusted (too few customers or repeat buyers
 * for a stable fit, or a fit that did not converge); callers should then label their
 * scores as heuristic.
 * <p>
 * The rule: a customer is taken to buy as a Poisson process at their own historical rate,
 * {@code x / tx} repeat purchases per time unit between their first and last purchase.
 * {@code probabilityAlive} is the chance that a buyer at that rate would have stayed
 * silent as long as this one has, {@code exp(-rate · (T - tx))}, so a customer is written
 * off after a silence several times their usual gap. Expected purchases over a horizon
 * {@code t} are {@code rate · t · probabilityAlive}. Customers without a repeat purchase
 * (or with all their purchases at one instant) have no rate of their own and are given
 * the population's.
 * <p>
 * Unlike the BG/NBD this does not shrink a customer's rate toward the population's, so it
 * over-rates customers who bought twice in quick succession.
 *
 * @param populationRate repeat purchases per time unit across all customers, used for
 * customers without a rate of their own
 */
public record HeuristicChurn(double populationRate) {

	public HeuristicChurn {
		if (!(populationRate >= 0) || Double.isInfinite(populationRate)) {
			throw new IllegalArgumentException("populationRate must be finite and >= 0, was " + populationRate);
		}
	}

	/**
	 * Takes the population rate as all repeat purchases over all customer time.
	 * @param groups the tenant's histories, grouped or one per customer with count 1
	 */
	public static HeuristicChurn fromPopulation(Iterable<WeightedHistory> groups) {
		double purchases = 0;
		double time = 0;
		for (WeightedHistory group : groups) {
			purchases += group.count() * group.history().x();
			time += group.count() * group.history().T();
		}
		return new HeuristicChurn((time > 0) ? purchases / time : 0);
	}

	public double probabilityAlive(double x, double tx, double T) {
		CustomerHistory.check(x, tx, T);
		return Math.exp(-rate(x, tx) * (T - tx));
	}

	public double expectedPurchases(double t, double x, double tx, double T) {
		if (!(t >= 0) || Double.isInfinite(t)) {
			throw new IllegalArgumentException("The horizon t must be finite and >= 0, was " + t);
		}
		return rate(x, tx) * t * probabilityAlive(x, tx, T);
	}

	private double rate(double x, double tx) {
		return (x > 0 && tx > 0) ? x / tx : this.populationRate;
	}

}
