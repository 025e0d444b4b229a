package com.fanbase.matching;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTests {

	@Test
	void perfectRankingScoresOne() {
		List<Long> ranking = List.of(3L, 1L, 9L, 4L);
		assertThat(RankingMetrics.ndcg(ranking, Set.of(3L, 1L), 4)).isEqualTo(1.0);
		assertThat(RankingMetrics.recall(ranking, Set.of(3L, 1L), 2)).isEqualTo(1.0);
		assertThat(RankingMetrics.precision(ranking, Set.of(3L, 1L), 4)).isEqualTo(0.5);
	}

	@Test
	void aHitFurtherDownCountsLess() {
		List<Long> ranking = List.of(7L, 8L, 3L);
		assertThat(RankingMetrics.ndcg(ranking, Set.of(3L), 3)).isCloseTo(0.5, within(1e-9));
		assertThat(RankingMetrics.ndcg(ranking, Set.of(3L), 2)).isZero();
		assertThat(RankingMetrics.recall(ranking, Set.of(3L, 5L), 3)).isEqualTo(0.5);
	}

	@Test
	void tallyAveragesOverEvents() {
		RankingMetrics.Tally tally = new RankingMetrics.Tally(1);
		tally.add(List.of(1L), Set.of(1L));
		tally.add(List.of(2L), Set.of(1L));
		assertThat(tally.means(0)).containsExactly(0.5, 0.5, 0.5);
	}

}
