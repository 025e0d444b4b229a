package com.fanbase.campaigns.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatsFormulasTests {

	@Test
	void ratesArePercentagesRoundedHalfUpToTwoDecimals() {
		assertThat(StatsFormulas.percent(1000, 4000)).hasToString("25.00");
		assertThat(StatsFormulas.percent(1001, 4000)).hasToString("25.03");
		assertThat(StatsFormulas.percent(1, 3)).hasToString("33.33");
		assertThat(StatsFormulas.percent(2, 3)).hasToString("66.67");
		assertThat(StatsFormulas.percent(5, 0)).hasToString("0.00");
	}

	@Test
	void roasIsRevenueOverCostAndNullWithoutCost() {
		assertThat(StatsFormulas.roas(162_000, 50_000L)).hasToString("3.24");
		assertThat(StatsFormulas.roas(100, 300L)).hasToString("0.33");
		assertThat(StatsFormulas.roas(200, 300L)).hasToString("0.67");
		assertThat(StatsFormulas.roas(100, null)).isNull();
		assertThat(StatsFormulas.roas(100, 0L)).isNull();
	}

	@Test
	void expectedConversionsScaleTheHoldoutsExactRateToTheSentGroup() {
		assertThat(StatsFormulas.expected(2, 500, 5000)).isEqualTo(20);
		assertThat(StatsFormulas.expected(1, 2, 5)).isEqualTo(3);
		assertThat(StatsFormulas.expected(1, 3, 100)).isEqualTo(33);
		assertThat(StatsFormulas.expected(7, 0, 100)).isZero();
		assertThat(StatsFormulas.units(162_000)).hasToString("1620.00");
	}

}
