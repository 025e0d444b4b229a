package com.fanbase.profiles.model;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.random.RandomDataGenerator;

/**
 * Draws customers from the generative processes the models assume, so fits can be checked
 * against the parameters that produced the data.
 */
final class Simulation {

	private final RandomDataGenerator random;

	Simulation(long seed) {
		this.random = new RandomDataGenerator(seed);
	}

	/**
	 * BG/NBD customers, each observed for an age drawn uniformly from
	 * {@code [minAge, maxAge)}: purchases arrive at a gamma-distributed Poisson rate, and
	 * after each repeat purchase the customer drops out with a beta-distributed
	 * probability.
	 */
	List<CustomerHistory> bgNbd(BgNbdParameters params, int customers, double minAge, double maxAge) {
		List<CustomerHistory> histories = new ArrayList<>(customers);
		for (int i = 0; i < customers; i++) {
			double age = this.random.nextUniform(minAge, maxAge);
			histories.add(bgNbdCustomer(params, age));
		}
		return histories;
	}

	CustomerHistory bgNbdCustomer(BgNbdParameters params, double age) {
		double rate = this.random.nextGamma(params.r(), 1 / params.alpha());
		double dropout = this.random.nextBeta(params.a(), params.b());
		int x = 0;
		double tx = 0;
		double time = this.random.nextExponential(1 / rate);
		while (time <= age) {
			x++;
			tx = time;
			if (this.random.nextDouble() < dropout) {
				break;
			}
			time += this.random.nextExponential(1 / rate);
		}
		return new CustomerHistory(x, tx, age);
	}

	/**
	 * MBG/NBD customers: like {@link #bgNbdCustomer} but the customer may also drop out
	 * right at the first purchase.
	 */
	CustomerHistory mbgNbdCustomer(BgNbdParameters params, double age) {
		double rate = this.random.nextGamma(params.r(), 1 / params.alpha());
		double dropout = this.random.nextBeta(params.a(), params.b());
		int x = 0;
		double tx = 0;
		if (this.random.nextDouble() < dropout) {
			return new CustomerHistory(0, 0, age);
		}
		double time = this.random.nextExponential(1 / rate);
		while (time <= age) {
			x++;
			tx = time;
			if (this.random.nextDouble() < dropout) {
				break;
			}
			time += this.random.nextExponential(1 / rate);
		}
		return new CustomerHistory(x, tx, age);
	}

	/** MBG/NBD customers with ages uniform in {@code [minAge, maxAge)}. */
	List<CustomerHistory> mbgNbd(BgNbdParameters params, int customers, double minAge, double maxAge) {
		List<CustomerHistory> histories = new ArrayList<>(customers);
		for (int i = 0; i < customers; i++) {
			histories.add(mbgNbdCustomer(params, this.random.nextUniform(minAge, maxAge)));
		}
		return histories;
	}

	/**
	 * MBG/NBD customers observed to an age uniform in {@code [minAge, maxAge)} and then
	 * for {@code horizon} more: the history at the age and the purchases in the horizon.
	 */
	List<Future> mbgNbdFuture(BgNbdParameters params, int customers, double minAge, double maxAge, double horizon) {
		List<Future> futures = new ArrayList<>(customers);
		for (int i = 0; i < customers; i++) {
			double age = this.random.nextUniform(minAge, maxAge);
			double rate = this.random.nextGamma(params.r(), 1 / params.alpha());
			double dropout = this.random.nextBeta(params.a(), params.b());
			int x = 0;
			double tx = 0;
			int later = 0;
			boolean alive = this.random.nextDouble() >= dropout;
			double time = this.random.nextExponential(1 / rate);
			while (alive && time <= age + horizon) {
				if (time <= age) {
					x++;
					tx = time;
				}
				else {
					later++;
				}
				alive = this.random.nextDouble() >= dropout;
				time += this.random.nextExponential(1 / rate);
			}
			futures.add(new Future(new CustomerHistory(x, tx, age), later));
		}
		return futures;
	}

	/** A history and how many purchases followed in the horizon after it. */
	record Future(CustomerHistory history, int purchases) {
	}

	/**
	 * Gamma-Gamma customers with {@code 1 + Poisson(meanX - 1)} repeat transactions each:
	 * transaction values are gamma(p, nu) with nu ~ gamma(q, v).
	 */
	List<SpendHistory> gammaGamma(GammaGammaParameters params, int customers, double meanX) {
		List<SpendHistory> histories = new ArrayList<>(customers);
		for (int i = 0; i < customers; i++) {
			double nu = this.random.nextGamma(params.q(), 1 / params.v());
			int x = 1 + this.random.nextPoisson(meanX - 1);
			double total = 0;
			for (int j = 0; j < x; j++) {
				total += this.random.nextGamma(params.p(), 1 / nu);
			}
			histories.add(new SpendHistory(x, total / x));
		}
		return histories;
	}

}
