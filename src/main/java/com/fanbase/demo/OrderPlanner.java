package com.fanbase.demo;

import java.util.List;

/**
 * A customer's orders: purchase times from the {@link PurchaseProcess}, then for each an
 * event, ticket count, price tier and status from the customer's own order stream. Orders
 * and activities both call this, so they agree without sharing state.
 */
final class OrderPlanner {

	private static final double[] TICKETS = { 0.42, 0.38, 0.07, 0.09, 0.02, 0.02 };

	private static final double[] TICKETS_FESTIVAL = { 0.33, 0.47, 0.08, 0.1, 0.01, 0.01 };

	private static final double[] TICKETS_CONFERENCE = { 0.85, 0.1, 0.03, 0.02, 0, 0 };

	private final long seed;

	private final long now;

	private final double rateFactor;

	private final List<Event> events;

	private final EventChooser chooser;

	private final Rng rng = new Rng(0);

	OrderPlanner(World world, long seed, double rateFactor) {
		this.seed = seed;
		this.now = world.now();
		this.rateFactor = rateFactor;
		this.events = world.events();
		this.chooser = new EventChooser(world);
	}

	/** Fills {@code out}; {@code process} must have been reset for the same customer. */
	void plan(long customerId, CustomerTraits traits, PurchaseProcess process, CustomerOrders out) {
		out.clear();
		if (process.browseOnly() || this.rateFactor <= 0) {
			return;
		}
		this.rng.reseed(RngStream.ORDERS.seed(this.seed, customerId));
		double secondsPerArrival = 1.0 / (this.rateFactor * process.rate());
		double limit = process.window() / secondsPerArrival;
		for (int j = 0; j < process.purchasesBeforeDropout(); j++) {
			double arrival = process.nextArrival();
			if (arrival > limit) {
				return;
			}
			if (j == process.purchasesBeforeDropout() - 1) {
				out.markDroppedOut();
			}
			// At least a minute after sign-up, so created_at is always before the first
			// order.
			long at = Math.min(this.now,
					process.signup() + Math.max(IsoTime.MINUTE, (long) (arrival * secondsPerArrival)));
			int position = this.chooser.choose(traits, at, this.rng);
			if (position >= 0) {
				addOrder(at, position, traits, out);
			}
		}
	}

	private void addOrder(long at, int position, CustomerTraits traits, CustomerOrders out) {
		Event event = this.events.get(position);
		int tickets = 1 + this.rng.pick(switch (event.type()) {
			case FESTIVAL -> TICKETS_FESTIVAL;
			case CONFERENCE -> TICKETS_CONFERENCE;
			default -> TICKETS;
		});
		out.add(at, position, tickets, tickets * tierPrice(event, traits), status(event));
	}

	/** One of four tiers from the cheapest to the dearest; thrifty buyers stay low. */
	private long tierPrice(Event event, CustomerTraits traits) {
		int tier = (int) (4 * this.rng.nextDouble() * (1.15 - traits.priceSensitivity()));
		tier = Math.min(3, tier);
		long step = (event.maxPriceCents() - event.minPriceCents()) / 3;
		return Math.min(event.maxPriceCents(), event.minPriceCents() + Math.round(tier * step / 100.0) * 100);
	}

	/**
	 * Paid about 95%, refunded 3% (always when the event was cancelled), cancelled 2%.
	 */
	private byte status(Event event) {
		double u = this.rng.nextDouble();
		if (event.status() == EventStatus.CANCELLED) {
			return CustomerOrders.REFUNDED;
		}
		if (u < 0.02) {
			return CustomerOrders.CANCELLED;
		}
		double refund = (event.status() == EventStatus.POSTPONED) ? 0.1 : 0.007;
		return (u < 0.02 + refund) ? CustomerOrders.REFUNDED : CustomerOrders.PAID;
	}

}
