package com.fanbase.profiles.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Rank statistics for judging scores against outcomes; ties get their average rank. */
public final class Ranking {

	private Ranking() {
	}

	/**
	 * The area under the ROC curve: the chance that a random positive scores above a
	 * random negative, ties counting half (Mann-Whitney). NaN without both classes.
	 */
	public static double auc(double[] scores, boolean[] positive) {
		double[] ranks = ranks(scores);
		double positives = 0;
		double rankSum = 0;
		for (int i = 0; i < scores.length; i++) {
			if (positive[i]) {
				positives++;
				rankSum += ranks[i];
			}
		}
		double negatives = scores.length - positives;
		if (positives == 0 || negatives == 0) {
			return Double.NaN;
		}
		return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
	}

	/** Spearman's rank correlation; NaN when either side is constant. */
	public static double spearman(double[] a, double[] b) {
		double[] ra = ranks(a);
		double[] rb = ranks(b);
		double ma = Arrays.stream(ra).average().orElse(0);
		double mb = Arrays.stream(rb).average().orElse(0);
		double sab = 0;
		double saa = 0;
		double sbb = 0;
		for (int i = 0; i < ra.length; i++) {
			sab += (ra[i] - ma) * (rb[i] - mb);
			saa += (ra[i] - ma) * (ra[i] - ma);
			sbb += (rb[i] - mb) * (rb[i] - mb);
		}
		return (saa > 0 && sbb > 0) ? sab / Math.sqrt(saa * sbb) : Double.NaN;
	}

	/** 1-based ranks, ties sharing their average rank. */
	static double[] ranks(double[] values) {
		Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((i) -> values[i]));
		double[] ranks = new double[values.length];
		int i = 0;
		while (i < order.length) {
			int j = i;
			while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
				j++;
			}
			double rank = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				ranks[order[k]] = rank;
			}
			i = j + 1;
		}
		return ranks;
	}

}
