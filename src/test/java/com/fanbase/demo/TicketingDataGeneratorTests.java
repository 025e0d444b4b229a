package com.fanbase.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static com.fanbase.demo.GeneratedWorld.ACTIVITIES;
import static com.fanbase.demo.GeneratedWorld.CUSTOMERS;
import static com.fanbase.demo.GeneratedWorld.EVENTS;
import static com.fanbase.demo.GeneratedWorld.ISO_INSTANT;
import static com.fanbase.demo.GeneratedWorld.NOW;
import static com.fanbase.demo.GeneratedWorld.ORDERS;
import static com.fanbase.demo.GeneratedWorld.SCALE;
import static com.fanbase.demo.GeneratedWorld.aboutEvent;
import static com.fanbase.demo.GeneratedWorld.collect;
import static com.fanbase.demo.GeneratedWorld.customer;
import static com.fanbase.demo.GeneratedWorld.event;
import static com.fanbase.demo.GeneratedWorld.instant;
import static com.fanbase.demo.GeneratedWorld.share;
import static com.fanbase.demo.GeneratedWorld.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The generator's contract: determinism, field names and formats, references between rows
 * and the time rules (orders before their event and not after now).
 */
class TicketingDataGeneratorTests {

	@Test
	void sameScaleAndNowGiveIdenticalRows() {
		TicketingDataGenerator again = new TicketingDataGenerator(SCALE, NOW);
		assertThat(collect(again::events)).isEqualTo(EVENTS);
		assertThat(collect(again::customers)).isEqualTo(CUSTOMERS);
		assertThat(collect(again::orders)).isEqualTo(ORDERS);
		assertThat(collect(again::activities)).isEqualTo(ACTIVITIES);
	}

	@Test
	void callOrderDoesNotChangeTheRows() {
		TicketingDataGenerator generator = new TicketingDataGenerator(SCALE, NOW);
		assertThat(collect(generator::activities)).isEqualTo(ACTIVITIES);
		assertThat(collect(generator::orders)).isEqualTo(ORDERS);
		assertThat(collect(generator::orders)).isEqualTo(ORDERS);
	}

	@Test
	void differentSeedsGiveDifferentData() {
		DemoScale otherSeed = new DemoScale(SCALE.customers(), SCALE.events(), SCALE.targetOrders(), 8);
		TicketingDataGenerator other = new TicketingDataGenerator(otherSeed, NOW);
		assertThat(collect(other::events)).isNotEqualTo(EVENTS);
		assertThat(collect(other::orders)).isNotEqualTo(ORDERS);
	}

	@Test
	void rowsKeepTheDocumentedFieldOrder() {
		assertThat(EVENTS.get(0).keySet()).containsExactly("id", "name", "event_type", "genres", "artists",
				"venue_name", "city", "country", "starts_at", "min_price_cents", "max_price_cents", "currency",
				"status");
		assertThat(CUSTOMERS.get(0).keySet()).containsExactly("id", "email", "phone", "first_name", "last_name",
				"birth_date", "city", "country", "email_consent", "ads_consent", "created_at");
		assertThat(ORDERS.get(0).keySet()).containsExactly("id", "customer_id", "event_id", "total_cents", "currency",
				"tickets", "status", "placed_at");
		for (Map<String, Object> activity : ACTIVITIES) {
			List<String> expected = aboutEvent(activity)
					? List.of("id", "customer_id", "type", "event_id", "occurred_at")
					: List.of("id", "customer_id", "type", "occurred_at");
			assertThat(activity.keySet()).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void eventsHaveWellFormedFields() {
		Set<String> types = Set.of("concert", "festival", "theatre", "comedy", "sport", "conference");
		Set<String> statuses = Set.of("scheduled", "cancelled", "postponed", "completed");
		for (int i = 0; i < EVENTS.size(); i++) {
			Map<String, Object> event = EVENTS.get(i);
			assertThat(event.get("id")).isEqualTo(i + 1L);
			assertThat((String) event.get("name")).isNotBlank();
			assertThat(types).contains((String) event.get("event_type"));
			assertThat(strings(event, "genres")).hasSizeBetween(1, 3)
				.allSatisfy((genre) -> assertThat(genre).isEqualTo(genre.toLowerCase()));
			assertThat(strings(event, "artists")).hasSizeBetween(1, 4).doesNotHaveDuplicates();
			assertThat((String) event.get("country")).matches("[A-Z]{2}");
			assertThat((String) event.get("starts_at")).matches(ISO_INSTANT);
			assertThat((long) event.get("min_price_cents")).isPositive()
				.isLessThanOrEqualTo((long) event.get("max_price_cents"));
			assertThat(event.get("currency")).isEqualTo("EUR");
			assertThat(statuses).contains((String) event.get("status"));
		}
		assertThat(EVENTS).hasSize(SCALE.events());
	}

	@Test
	void customersHaveWellFormedFields() {
		for (int i = 0; i < CUSTOMERS.size(); i++) {
			Map<String, Object> customer = CUSTOMERS.get(i);
			assertThat(customer.get("id")).isEqualTo(i + 1L);
			assertThat((String) customer.get("email")).matches("[a-z._]+[0-9]+@(example\\.(com|org|net)|mail\\.test)");
			assertThat((String) customer.get("first_name")).isNotBlank();
			assertThat((String) customer.get("last_name")).isNotBlank();
			assertThat((String) customer.get("country")).matches("[A-Z]{2}");
			assertThat((String) customer.get("created_at")).matches(ISO_INSTANT);
			assertThat(instant(customer, "created_at")).isBefore(NOW);
			if (customer.get("birth_date") != null) {
				LocalDate born = LocalDate.parse((String) customer.get("birth_date"));
				assertThat(born).isBetween(LocalDate.of(1938, 1, 1), LocalDate.of(2008, 3, 1));
			}
		}
		assertThat(CUSTOMERS).hasSize(SCALE.customers());
	}

	@Test
	void emailsAreUnique() {
		assertThat(CUSTOMERS.stream().map((customer) -> customer.get("email"))).doesNotHaveDuplicates();
	}

	@Test
	void orderCountLandsNearTarget() {
		assertThat((double) ORDERS.size()).isCloseTo(SCALE.targetOrders(), within(SCALE.targetOrders() * 0.05));
	}

	@Test
	void orderIdsAreSequential() {
		for (int i = 0; i < ORDERS.size(); i++) {
			assertThat(ORDERS.get(i).get("id")).isEqualTo(i + 1L);
		}
	}

	@Test
	void ordersReferenceExistingCustomersAndEvents() {
		for (Map<String, Object> order : ORDERS) {
			assertThat((long) order.get("customer_id")).isBetween(1L, (long) SCALE.customers());
			assertThat((long) order.get("event_id")).isBetween(1L, (long) SCALE.events());
		}
	}

	@Test
	void ordersArePlacedAfterSignUpBeforeTheEventAndNotAfterNow() {
		for (Map<String, Object> order : ORDERS) {
			Instant placed = instant(order, "placed_at");
			assertThat((String) order.get("placed_at")).matches(ISO_INSTANT);
			assertThat(placed).isBefore(instant(event(order), "starts_at")).isBeforeOrEqualTo(NOW);
			assertThat(placed).isAfter(instant(customer(order), "created_at"));
		}
	}

	@Test
	void orderTotalsAreTicketsTimesAPriceWithinTheEventRange() {
		for (Map<String, Object> order : ORDERS) {
			Map<String, Object> event = event(order);
			long tickets = (int) order.get("tickets");
			long total = (long) order.get("total_cents");
			assertThat(tickets).isBetween(1L, 6L);
			assertThat(total % tickets).isZero();
			assertThat(total / tickets).isBetween((long) event.get("min_price_cents"),
					(long) event.get("max_price_cents"));
			assertThat(order.get("currency")).isEqualTo("EUR");
		}
		long smallGroups = ORDERS.stream().filter((order) -> (int) order.get("tickets") <= 2).count();
		assertThat(share(smallGroups, ORDERS.size())).isGreaterThan(0.7);
	}

	@Test
	void activitiesReferenceExistingCustomersAndEventsAndHappenBeforeNow() {
		for (int i = 0; i < ACTIVITIES.size(); i++) {
			Map<String, Object> activity = ACTIVITIES.get(i);
			assertThat(activity.get("id")).isEqualTo(i + 1L);
			long customerId = (long) activity.get("customer_id");
			assertThat(customerId).isBetween(1L, (long) SCALE.customers());
			if (aboutEvent(activity)) {
				assertThat((long) activity.get("event_id")).isBetween(1L, (long) SCALE.events());
			}
			assertThat((String) activity.get("occurred_at")).matches(ISO_INSTANT);
			Instant occurred = instant(activity, "occurred_at");
			assertThat(occurred).isBeforeOrEqualTo(NOW)
				.isAfterOrEqualTo(instant(CUSTOMERS.get((int) customerId - 1), "created_at"));
		}
	}

	@Test
	void watchlistRemovalsFollowAnAddForTheSameEvent() {
		Map<List<Object>, Integer> watched = new HashMap<>();
		long removals = 0;
		for (Map<String, Object> activity : ACTIVITIES) {
			List<Object> key = List.of(activity.get("customer_id"), activity.getOrDefault("event_id", -1L));
			if (activity.get("type").equals("watchlist_add")) {
				watched.merge(key, 1, Integer::sum);
			}
			else if (activity.get("type").equals("watchlist_remove")) {
				assertThat(watched.getOrDefault(key, 0)).as("watchlist adds before removal of %s", key).isPositive();
				watched.merge(key, -1, Integer::sum);
				removals++;
			}
		}
		assertThat(removals).isPositive();
	}

	@Test
	void zeroTargetGivesNoOrders() {
		TicketingDataGenerator generator = new TicketingDataGenerator(new DemoScale(50, 20, 0, 1), NOW);
		assertThat(collect(generator::orders)).isEmpty();
		assertThat(collect(generator::customers)).hasSize(50);
	}

	@Test
	void rejectsScalesItCannotHonour() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DemoScale(0, 10, 0, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new DemoScale(10, 0, 0, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new DemoScale(10, 10, -1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new DemoScale(10, 10, 1_000, 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TicketingDataGenerator(DemoScale.demo(), Instant.parse("1999-01-01T00:00:00Z")));
	}

}
