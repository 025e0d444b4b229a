package com.fanbase.profiles.model;

import java.util.List;
import java.util.Locale;

/**
 * Times the BG/NBD fit at production scale: a million simulated customers observed for up
 * to two years, with statistics rounded to whole days and grouped as an SQL
 * {@code GROUP BY x, tx, T} would return them. Run by {@code bench/clv-model.sh}; the
 * optional argument is the number of customers.
 */
public final class BgNbdFitBenchmark {

	/** The CDNOW estimates with alpha converted from weeks to days. */
	private static final BgNbdParameters TRUTH = new BgNbdParameters(0.243, 4.414 * 7, 0.793, 2.426);

	private BgNbdFitBenchmark() {
	}

	public static void main(String[] args) {
		int customers = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		Simulation simulation = new Simulation(42);
		List<CustomerHistory> histories = simulation.bgNbd(TRUTH, customers, 0, 730)
			.stream()
			.map((h) -> new CustomerHistory(h.x(), Math.floor(h.tx()), Math.floor(h.T())))
			.toList();
		long start = System.nanoTime();
		List<WeightedHistory> groups = WeightedHistory.group(histories);
		double groupMillis = (System.nanoTime() - start) / 1e6;
		System.out.printf(Locale.ROOT, "%,d customers in %,d groups (grouping in Java: %.0f ms)%n", customers,
				groups.size(), groupMillis);
		// The first fit includes JIT warm-up.
		time("all groups, cold", groups);
		time("all groups", groups);
		time("first 100,000 groups", groups.subList(0, Math.min(100_000, groups.size())));
	}

	private static void time(String label, List<WeightedHistory> groups) {
		long start = System.nanoTime();
		BgNbdFit fit = new BgNbdFitter().fit(groups);
		double millis = (System.nanoTime() - start) / 1e6;
		System.out.printf(Locale.ROOT, "%s: %,d groups, %,d customers: %.0f ms, %d evaluations, converged %s, %s%n",
				label, groups.size(), fit.customers(), millis, fit.evaluations(), fit.converged(), fit.parameters());
	}

}
