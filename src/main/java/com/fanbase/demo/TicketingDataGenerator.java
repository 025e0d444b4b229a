package com.fanbase.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Generates a synthetic event-ticketing data set: events, customers, their orders and
 * their activities, as rows of field name to value in a fixed field order.
 * <p>
 * Deterministic: the same scale and {@code now} give the same rows, byte for byte. Each
 * customer's data comes from streams seeded by (seed, customer id), so every method can
 * be called on its own, in any order, from any thread, and still agrees with the others.
 * Only the events are held in memory; customers, orders and activities are produced one
 * customer at a time, so memory does not grow with the number of customers.
 * <p>
 * Construction builds the events and makes one pass over all customers to calibrate
 * purchase rates so the order count lands on {@link DemoScale#targetOrders()}.
 */
public final class TicketingDataGenerator {

	/** Timestamps are written with four-digit years, and three years back must fit. */
	private static final Instant EARLIEST_NOW = Instant.parse("2000-01-01T00:00:00Z");

	private static final Instant LATEST_NOW = Instant.parse("9000-01-01T00:00:00Z");

	private final DemoScale scale;

	private final long now;

	private final World world;

	private final double rateFactor;

	/**
	 * @param scale how big the world is
	 * @param now the present: past events are completed, nothing happens after it but
	 * events go on sale up to nine months ahead
	 */
	public TicketingDataGenerator(DemoScale scale, Instant now) {
		this.scale = Objects.requireNonNull(scale, "scale");
		Objects.requireNonNull(now, "now");
		if (now.isBefore(EARLIEST_NOW) || now.isAfter(LATEST_NOW)) {
			throw new IllegalArgumentException("now must be between " + EARLIEST_NOW + " and " + LATEST_NOW);
		}
		this.now = now.getEpochSecond();
		this.world = new World(scale, this.now);
		this.rateFactor = PurchaseCalibration.rateFactor(scale.customers(), scale.targetOrders(), newProcess());
	}

	public DemoScale scale() {
		return this.scale;
	}

	/**
	 * Rows with {@code id, name, event_type, genres, artists, venue_name, city, country,
	 * starts_at, min_price_cents, max_price_cents, currency, status}, ids 1 to
	 * {@code events} in start order.
	 */
	public void events(Consumer<Map<String, Object>> sink) {
		for (Event event : this.world.events()) {
			sink.accept(Rows.event(event));
		}
	}

	/**
	 * Rows with
	 * {@code id, email, phone, first_name, last_name, birth_date, city, country,
	 * email_consent, ads_consent, created_at}; {@code phone} and {@code birth_date} are
	 * null for some customers.
	 */
	public void customers(Consumer<Map<String, Object>> sink) {
		Customers customers = new Customers();
		CustomerRows rows = new CustomerRows(this.scale.seed(), this.now);
		for (long id = 1; id <= this.scale.customers(); id++) {
			CustomerTraits traits = customers.next(id);
			sink.accept(rows.row(id, traits, customers.process.signup()));
		}
	}

	/**
	 * Rows with {@code id, customer_id, event_id, total_cents, currency, tickets, status,
	 * placed_at}, grouped by customer and in time order within a customer.
	 */
	public void orders(Consumer<Map<String, Object>> sink) {
		Customers customers = new Customers();
		OrderPlanner planner = new OrderPlanner(this.world, this.scale.seed(), this.rateFactor);
		CustomerOrders orders = new CustomerOrders();
		List<Event> events = this.world.events();
		long orderId = 0;
		for (long id = 1; id <= this.scale.customers(); id++) {
			planner.plan(id, customers.next(id), customers.process, orders);
			for (int i = 0; i < orders.size(); i++) {
				long eventId = events.get(orders.eventPosition(i)).id();
				sink.accept(Rows.order(++orderId, id, eventId, orders, i));
			}
		}
	}

	/**
	 * Rows with {@code id, customer_id, type, event_id, occurred_at}, grouped by customer
	 * and in time order within a customer; {@code event_id} is present only for event
	 * views, carts and watchlist changes.
	 */
	public void activities(Consumer<Map<String, Object>> sink) {
		Customers customers = new Customers();
		OrderPlanner orderPlanner = new OrderPlanner(this.world, this.scale.seed(), this.rateFactor);
		ActivityPlanner planner = new ActivityPlanner(this.world, this.scale, this.rateFactor);
		CustomerOrders orders = new CustomerOrders();
		ActivityBuffer activities = new ActivityBuffer(this.world.spanStart());
		List<Event> events = this.world.events();
		long activityId = 0;
		for (long id = 1; id <= this.scale.customers(); id++) {
			CustomerTraits traits = customers.next(id);
			orderPlanner.plan(id, traits, customers.process, orders);
			planner.plan(id, traits, customers.process, orders, activities);
			for (int i = 0; i < activities.size(); i++) {
				sink.accept(Rows.activity(++activityId, id, events, activities, i));
			}
		}
	}

	private PurchaseProcess newProcess() {
		double ordersPerCustomer = (double) this.scale.targetOrders() / this.scale.customers();
		return new PurchaseProcess(this.scale.seed(), this.world.spanStart(), this.now, ordersPerCustomer);
	}

	/**
	 * Per-call state for walking the customers; one per method call keeps calls
	 * independent.
	 */
	private final class Customers {

		private final Rng rng = new Rng(0);

		private final PurchaseProcess process = newProcess();

		/** The customer's traits, with {@link #process} reset for them. */
		CustomerTraits next(long id) {
			this.rng.reseed(RngStream.TRAITS.seed(TicketingDataGenerator.this.scale.seed(), id));
			this.process.reset(id);
			return CustomerTraits.derive(TicketingDataGenerator.this.world, this.rng);
		}

	}

}
