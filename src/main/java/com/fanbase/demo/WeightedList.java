package com.fanbase.demo;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** An immutable list to draw from in proportion to weights, in O(log n) per draw. */
final class WeightedList<T> {

	private final List<T> items;

	private final double[] cumulative;

	WeightedList(List<T> items, ToDoubleFunction<T> weight) {
		this.items = List.copyOf(items);
		this.cumulative = new double[items.size()];
		double total = 0;
		for (int i = 0; i < this.cumulative.length; i++) {
			total += weight.applyAsDouble(this.items.get(i));
			this.cumulative[i] = total;
		}
	}

	boolean isEmpty() {
		return this.items.isEmpty();
	}

	List<T> items() {
		return this.items;
	}

	T pick(Rng rng) {
		double target = rng.nextDouble() * this.cumulative[this.cumulative.length - 1];
		int at = Arrays.binarySearch(this.cumulative, target);
		int index = (at >= 0) ? at + 1 : -at - 1;
		return this.items.get(Math.min(index, this.items.size() - 1));
	}

}
