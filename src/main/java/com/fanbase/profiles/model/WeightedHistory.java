package com.fanbase.profiles.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group of customers who share one history, as a {@code GROUP BY x, tx, T} returns
 * them. Fitting groups costs time in proportion to the number of groups, not customers.
 *
 * @param history the history the customers share
 * @param count how many customers have it
 */
public record WeightedHistory(CustomerHistory history, long count) {

	public WeightedHistory {
		if (history == null) {
			throw new IllegalArgumentException("history is required");
		}
		if (count < 1) {
			throw new IllegalArgumentException("count must be >= 1, was " + count);
		}
	}

	public static WeightedHistory of(double x, double tx, double T, long count) {
		return new WeightedHistory(new CustomerHistory(x, tx, T), count);
	}

	/**
	 * Groups identical histories, keeping the order in which each was first seen.
	 * @param histories one history per customer
	 * @return one entry per distinct history
	 */
	public static List<WeightedHistory> group(Iterable<CustomerHistory> histories) {
		Map<CustomerHistory, Long> counts = new LinkedHashMap<>();
		for (CustomerHistory history : histories) {
			counts.merge(history, 1L, Long::sum);
		}
		List<WeightedHistory> groups = new ArrayList<>(counts.size());
		counts.forEach((history, count) -> groups.add(new WeightedHistory(history, count)));
		return groups;
	}

}
