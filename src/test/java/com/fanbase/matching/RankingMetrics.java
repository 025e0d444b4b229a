package com.fanbase.matching;

import java.util.List;
import java.util.Set;

/**
 * Precision, recall and NDCG at k of one ranking against the customers who actually
 * bought (binary relevance), averaged over events by {@link Tally}.
 */
final class RankingMetrics {

	private RankingMetrics() {
	}

	static double precision(List<Long> ranking, Set<Long> buyers, int k) {
		return hits(ranking, buyers, k) / (double) k;
	}

	static double recall(List<Long> ranking, Set<Long> buyers, int k) {
		return buyers.isEmpty() ? 0 : hits(ranking, buyers, k) / (double) buyers.size();
	}

	static double ndcg(List<Long> ranking, Set<Long> buyers, int k) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranking.size()); i++) {
			if (buyers.contains(ranking.get(i))) {
				dcg += 1 / log2(i + 2);
			}
		}
		double ideal = 0;
		for (int i = 0; i < Math.min(k, buyers.size()); i++) {
			ideal += 1 / log2(i + 2);
		}
		return (ideal == 0) ? 0 : dcg / ideal;
	}

	private static long hits(List<Long> ranking, Set<Long> buyers, int k) {
		return ranking.stream().limit(k).filter(buyers::contains).count();
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	/** Sums of the three metrics at each k over events, for one ranking method. */
	static final class Tally {

		private final int[] ks;

		private final double[][] sums;

		private int events;

		Tally(int... ks) {
			this.ks = ks;
			this.sums = new double[ks.length][3];
		}

		void add(List<Long> ranking, Set<Long> buyers) {
			for (int i = 0; i < this.ks.length; i++) {
				this.sums[i][0] += precision(ranking, buyers, this.ks[i]);
				this.sums[i][1] += recall(ranking, buyers, this.ks[i]);
				this.sums[i][2] += ndcg(ranking, buyers, this.ks[i]);
			}
			this.events++;
		}

		/** Mean precision, recall and NDCG at the i-th k. */
		double[] means(int i) {
			return new double[] { this.sums[i][0] / this.events, this.sums[i][1] / this.events,
					this.sums[i][2] / this.events };
		}

	}

}
