package com.fanbase.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One small generated world shared by the generator tests, built once per test run, with
 * helpers to follow references between rows.
 */
final class GeneratedWorld {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final DemoScale SCALE = new DemoScale(2_000, 250, 16_000, 7);

	static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

	static final Set<String> EVENT_ACTIVITIES = Set.of("event_view", "add_to_cart", "watchlist_add",
			"watchlist_remove");

	static final TicketingDataGenerator GENERATOR = new TicketingDataGenerator(SCALE, NOW);

	static final List<Map<String, Object>> EVENTS = collect(GENERATOR::events);

	static final List<Map<String, Object>> CUSTOMERS = collect(GENERATOR::customers);

	static final List<Map<String, Object>> ORDERS = collect(GENERATOR::orders);

	static final List<Map<String, Object>> ACTIVITIES = collect(GENERATOR::activities);

	private GeneratedWorld() {
	}

	static List<Map<String, Object>> collect(Consumer<Consumer<Map<String, Object>>> method) {
		List<Map<String, Object>> rows = new ArrayList<>();
		method.accept(rows::add);
		return rows;
	}

	static long[] ordersPerCustomer() {
		long[] counts = new long[SCALE.customers()];
		for (Map<String, Object> order : ORDERS) {
			counts[(int) (long) order.get("customer_id") - 1]++;
		}
		return counts;
	}

	static Map<String, Object> event(Map<String, Object> row) {
		return EVENTS.get((int) (long) row.get("event_id") - 1);
	}

	static Map<String, Object> customer(Map<String, Object> row) {
		return CUSTOMERS.get((int) (long) row.get("customer_id") - 1);
	}

	static boolean aboutEvent(Map<String, Object> activity) {
		return EVENT_ACTIVITIES.contains(activity.get("type"));
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Map<String, Object> row, String field) {
		return (List<String>) row.get(field);
	}

	static Instant instant(Map<String, Object> row, String field) {
		return Instant.parse((String) row.get(field));
	}

	static double share(long part, long whole) {
		return (double) part / whole;
	}

}
