package com.fanbase.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static com.fanbase.demo.GeneratedWorld.ACTIVITIES;
import static com.fanbase.demo.GeneratedWorld.CUSTOMERS;
import static com.fanbase.demo.GeneratedWorld.EVENTS;
import static com.fanbase.demo.GeneratedWorld.NOW;
import static com.fanbase.demo.GeneratedWorld.ORDERS;
import static com.fanbase.demo.GeneratedWorld.SCALE;
import static com.fanbase.demo.GeneratedWorld.customer;
import static com.fanbase.demo.GeneratedWorld.event;
import static com.fanbase.demo.GeneratedWorld.instant;
import static com.fanbase.demo.GeneratedWorld.ordersPerCustomer;
import static com.fanbase.demo.GeneratedWorld.share;
import static com.fanbase.demo.GeneratedWorld.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The generator's realism: the statistical structure the profile, churn, segmentation and
 * recommendation models rely on.
 */
class TicketingDataGeneratorRealismTests {

	@Test
	void eventsSpanThreeYearsBackAndNineMonthsAhead() {
		List<Instant> starts = EVENTS.stream().map((event) -> instant(event, "starts_at")).sorted().toList();
		assertThat(starts.get(0)).isBetween(NOW.minusSeconds(1100 * 86_400L), NOW.minusSeconds(1000 * 86_400L));
		assertThat(starts.get(starts.size() - 1)).isBetween(NOW.plusSeconds(200 * 86_400L),
				NOW.plusSeconds(271 * 86_400L));
	}

	@Test
	void pastEventsAreMostlyCompletedAndFutureOnesMostlyScheduled() {
		long past = 0;
		long completed = 0;
		long future = 0;
		long scheduled = 0;
		for (Map<String, Object> event : EVENTS) {
			boolean isPast = instant(event, "starts_at").isBefore(NOW);
			past += isPast ? 1 : 0;
			future += isPast ? 0 : 1;
			completed += (isPast && event.get("status").equals("completed")) ? 1 : 0;
			scheduled += (!isPast && event.get("status").equals("scheduled")) ? 1 : 0;
			if (isPast) {
				assertThat(event.get("status")).isNotEqualTo("scheduled");
			}
			else {
				assertThat(event.get("status")).isNotEqualTo("completed");
			}
		}
		assertThat((double) completed / past).isGreaterThan(0.9);
		assertThat((double) scheduled / future).isGreaterThan(0.85);
	}

	@Test
	void festivalsHappenInSummer() {
		List<Integer> months = EVENTS.stream()
			.filter((event) -> event.get("event_type").equals("festival"))
			.map((event) -> LocalDate.parse(((String) event.get("starts_at")).substring(0, 10)).getMonthValue())
			.toList();
		assertThat(months).isNotEmpty().allSatisfy((month) -> assertThat(month).isBetween(4, 9));
	}

	@Test
	void toursVisitDifferentCitiesDaysApart() {
		Map<String, List<Map<String, Object>>> byName = new HashMap<>();
		EVENTS.stream()
			.filter((event) -> event.get("event_type").equals("concert"))
			.forEach((event) -> byName.computeIfAbsent((String) event.get("name"), (key) -> new ArrayList<>())
				.add(event));
		List<List<Map<String, Object>>> tours = byName.values().stream().filter((dates) -> dates.size() >= 3).toList();
		assertThat(tours).isNotEmpty();
		for (List<Map<String, Object>> tour : tours) {
			assertThat(tour.stream().map((event) -> event.get("city")).distinct().count()).isGreaterThan(1);
		}
	}

	@Test
	void phonesAreMostlyE164WithSomeMissingAndSomeInNationalFormat() {
		long missing = 0;
		long international = 0;
		long national = 0;
		for (Map<String, Object> customer : CUSTOMERS) {
			String phone = (String) customer.get("phone");
			if (phone == null) {
				missing++;
			}
			else if (phone.matches("\\+[1-9][0-9]{9,14}")) {
				international++;
			}
			else {
				assertThat(phone).matches("0[0-9]{1,3}( [0-9]{2,7})+|9[0-9]( [0-9]{2,3})+");
				national++;
			}
		}
		assertThat(share(missing, CUSTOMERS.size())).isCloseTo(0.15, within(0.03));
		assertThat(share(national, CUSTOMERS.size())).isCloseTo(0.08, within(0.03));
		assertThat(share(international, CUSTOMERS.size())).isGreaterThan(0.7);
	}

	@Test
	void someBirthDatesAreMissing() {
		long missing = CUSTOMERS.stream().filter((customer) -> customer.get("birth_date") == null).count();
		assertThat(share(missing, CUSTOMERS.size())).isBetween(0.05, 0.15);
	}

	@Test
	void consentSharesAreInRange() {
		long email = CUSTOMERS.stream().filter((customer) -> (boolean) customer.get("email_consent")).count();
		long ads = CUSTOMERS.stream().filter((customer) -> (boolean) customer.get("ads_consent")).count();
		assertThat(share(email, CUSTOMERS.size())).isCloseTo(0.65, within(0.04));
		assertThat(share(ads, CUSTOMERS.size())).isCloseTo(0.45, within(0.04));
	}

	@Test
	void ordersAreTypicallyPlacedWeeksAhead() {
		long[] leadDays = ORDERS.stream()
			.mapToLong((order) -> (instant(event(order), "starts_at").getEpochSecond()
					- instant(order, "placed_at").getEpochSecond()) / 86_400)
			.sorted()
			.toArray();
		assertThat(leadDays[leadDays.length / 2]).isBetween(7L, 90L);
	}

	@Test
	void orderStatusesAreMostlyPaidAndRefundedWhenTheEventWasCancelled() {
		Map<Object, Long> counts = new HashMap<>();
		for (Map<String, Object> order : ORDERS) {
			counts.merge(order.get("status"), 1L, Long::sum);
			if (event(order).get("status").equals("cancelled")) {
				assertThat(order.get("status")).isEqualTo("refunded");
			}
		}
		assertThat(counts.keySet()).containsExactlyInAnyOrder("paid", "refunded", "cancelled");
		assertThat(share(counts.get("paid"), ORDERS.size())).isCloseTo(0.95, within(0.025));
		assertThat(share(counts.get("cancelled"), ORDERS.size())).isCloseTo(0.02, within(0.01));
	}

	@Test
	void purchaseCountsAreHeavyTailed() {
		long[] counts = ordersPerCustomer();
		long[] sorted = counts.clone();
		Arrays.sort(sorted);
		long topDecile = Arrays.stream(sorted, sorted.length - sorted.length / 10, sorted.length).sum();
		assertThat(share(topDecile, ORDERS.size())).isGreaterThan(0.35);
		assertThat(share(Arrays.stream(counts).filter((count) -> count == 0).count(), counts.length)).isBetween(0.08,
				0.4);
		assertThat(share(Arrays.stream(counts).filter((count) -> count == 1).count(), counts.length))
			.isGreaterThan(0.08);
		assertThat(sorted[sorted.length - 1]).isGreaterThanOrEqualTo(36);
	}

	@Test
	void customersMostlyBuyInTheirOwnCountry() {
		long sameCountry = ORDERS.stream()
			.filter((order) -> event(order).get("country").equals(customer(order).get("country")))
			.count();
		assertThat(share(sameCountry, ORDERS.size())).isGreaterThan(0.7);
	}

	@Test
	void customersReturnToTheGenresTheyBoughtBefore() {
		Map<Object, Set<String>> seen = new HashMap<>();
		long repeats = 0;
		long familiar = 0;
		for (Map<String, Object> order : ORDERS) {
			Set<String> genres = seen.computeIfAbsent(order.get("customer_id"), (key) -> new HashSet<>());
			List<String> eventGenres = strings(event(order), "genres");
			if (!genres.isEmpty()) {
				repeats++;
				familiar += eventGenres.stream().anyMatch(genres::contains) ? 1 : 0;
			}
			genres.addAll(eventGenres);
		}
		assertThat(share(familiar, repeats)).isGreaterThan(0.6);
	}

	@Test
	void activitiesAreOneToThreeTimesOrdersAndCoverEveryType() {
		assertThat((double) ACTIVITIES.size() / ORDERS.size()).isBetween(1.0, 3.0);
		assertThat(ACTIVITIES.stream().map((activity) -> activity.get("type")).distinct()).containsExactlyInAnyOrder(
				"page_view", "event_view", "add_to_cart", "watchlist_add", "watchlist_remove", "email_open",
				"email_click");
	}

	@Test
	void activeBuyersBrowseMoreAndSomeCustomersOnlyBrowse() {
		long[] orderCounts = ordersPerCustomer();
		long[] activityCounts = new long[SCALE.customers()];
		for (Map<String, Object> activity : ACTIVITIES) {
			activityCounts[(int) (long) activity.get("customer_id") - 1]++;
		}
		long browseOnly = 0;
		double heavy = 0;
		double light = 0;
		for (int i = 0; i < orderCounts.length; i++) {
			browseOnly += (orderCounts[i] == 0 && activityCounts[i] > 0) ? 1 : 0;
			heavy += (orderCounts[i] >= 10) ? activityCounts[i] : 0;
			light += (orderCounts[i] == 1) ? activityCounts[i] : 0;
		}
		assertThat(browseOnly).isPositive();
		long heavyCustomers = Arrays.stream(orderCounts).filter((count) -> count >= 10).count();
		long lightCustomers = Arrays.stream(orderCounts).filter((count) -> count == 1).count();
		assertThat(heavy / heavyCustomers).isGreaterThan(3 * light / lightCustomers);
	}

	@Test
	void onlyConsentingCustomersOpenEmails() {
		for (Map<String, Object> activity : ACTIVITIES) {
			if (((String) activity.get("type")).startsWith("email_")) {
				Map<String, Object> customer = CUSTOMERS.get((int) (long) activity.get("customer_id") - 1);
				assertThat(customer.get("email_consent")).isEqualTo(true);
			}
		}
	}

}
