package com.fanbase.demo;

/**
 * How big a generated ticketing world is.
 *
 * @param customers number of customers, ids 1 to this
 * @param events number of events, ids 1 to this; all are held in memory
 * @param targetOrders the number of orders to aim for; the result lands within a few
 * percent
 * @param seed the same seed (and the same {@code now}) gives byte-identical data
 */
public record DemoScale(int customers, int events, long targetOrders, long seed) {

	/** Events are held in memory while customers and orders are streamed. */
	public static final int MAX_EVENTS = 100_000;

	/**
	 * Beyond this many orders per customer on average, purchases would have to come days
	 * apart for everyone and the data would stop looking like ticket buying.
	 */
	public static final int MAX_ORDERS_PER_CUSTOMER = 20;

	public DemoScale {
		if (customers < 1) {
			throw new IllegalArgumentException("customers must be positive but was " + customers);
		}
		if (events < 1 || events > MAX_EVENTS) {
			throw new IllegalArgumentException("events must be between 1 and " + MAX_EVENTS + " but was " + events);
		}
		if (targetOrders < 0 || targetOrders > (long) customers * MAX_ORDERS_PER_CUSTOMER) {
			throw new IllegalArgumentException("targetOrders must be between 0 and " + MAX_ORDERS_PER_CUSTOMER
					+ " per customer but was " + targetOrders + " for " + customers + " customers");
		}
	}

	/** A world to click around in: 5,000 customers, 400 events, about 40,000 orders. */
	public static DemoScale demo() {
		return new DemoScale(5_000, 400, 40_000, 42);
	}

	/**
	 * The benchmark size: a million customers, 20,000 events, about ten million orders.
	 */
	public static DemoScale benchmark() {
		return new DemoScale(1_000_000, 20_000, 10_000_000, 42);
	}

}
