package com.fanbase.campaigns;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HoldoutTests {

	@Test
	void holdsOutTheSameCustomersEveryTime() {
		assertThat(heldOut(42, 20)).isEqualTo(heldOut(42, 20));
		assertThat(Holdout.bucket(42, 7)).isEqualTo(Holdout.bucket(42, 7));
	}

	@Test
	void holdsOutAboutThePercentageAsked() {
		assertThat(heldOut(42, 20)).hasSizeBetween(1850, 2150);
		assertThat(heldOut(43, 5)).hasSizeBetween(420, 580);
		assertThat(heldOut(44, 0)).isEmpty();
	}

	@Test
	void differentCampaignsHoldOutDifferentPeople() {
		Set<Long> first = heldOut(42, 20);
		Set<Long> second = heldOut(4242, 20);
		Set<Long> both = first.stream().filter(second::contains).collect(Collectors.toSet());
		// independent draws overlap in about 20% of 20%
		assertThat(both).hasSizeBetween(300, 500);
	}

	@Test
	void aLargerHoldoutContainsTheSmallerOne() {
		assertThat(heldOut(42, 30)).containsAll(heldOut(42, 10));
	}

	private static Set<Long> heldOut(long campaign, int percent) {
		return LongStream.rangeClosed(1, 10_000)
			.filter((customer) -> Holdout.heldOut(campaign, customer, percent))
			.boxed()
			.collect(Collectors.toSet());
	}

}
