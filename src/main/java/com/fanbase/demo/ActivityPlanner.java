package com.fanbase.demo;

/**
 * A customer's clickstream and email engagement, consistent with their orders: every
 * purchase has a trail (view, cart), browsing intensity follows purchase intensity, and
 * activity fades once the customer has dropped out, which is what makes churn visible
 * before the orders stop. Browse-only customers look around for a while and leave.
 */
final class ActivityPlanner {

	/** Newsletters go out every other Tuesday at 09:00 UTC. */
	private static final long CAMPAIGN_INTERVAL = 14 * IsoTime.DAY;

	private static final double MAX_SESSIONS_PER_DAY = 3;

	private final long seed;

	private final long now;

	private final long firstCampaign;

	private final double rateFactor;

	/**
	 * Background engagement (idle browsing, newsletter opens) relative to a world with
	 * eight orders per customer; quieter worlds browse less, so activities stay at one to
	 * three times the orders whatever the scale.
	 */
	private final double engagement;

	private final EventChooser chooser;

	private final Rng rng = new Rng(0);

	ActivityPlanner(World world, DemoScale scale, double rateFactor) {
		this.seed = scale.seed();
		double ordersPerCustomer = (double) scale.targetOrders() / scale.customers();
		this.engagement = Math.max(0.02, Math.min(1, ordersPerCustomer / 8));
		this.now = world.now();
		long firstDay = Math.floorDiv(world.spanStart(), IsoTime.DAY) + 1;
		firstDay += Math.floorMod(2 - IsoTime.dayOfWeek(firstDay), 7);
		this.firstCampaign = firstDay * IsoTime.DAY + 9 * IsoTime.HOUR;
		this.rateFactor = rateFactor;
		this.chooser = new EventChooser(world);
	}

	void plan(long customerId, CustomerTraits traits, PurchaseProcess process, CustomerOrders orders,
			ActivityBuffer out) {
		out.clear();
		this.rng.reseed(RngStream.ACTIVITIES.seed(this.seed, customerId));
		long signup = process.signup();
		for (int i = 0; i < orders.size(); i++) {
			purchaseTrail(signup, orders.placedAt(i), orders.eventPosition(i), out);
		}
		long activeUntil = activeUntil(process, orders);
		double sessionsPerSecond = process.browseOnly() ? this.engagement / (20 * IsoTime.DAY)
				: this.engagement / (365 * IsoTime.DAY) + 0.2 * this.rateFactor * process.rate();
		// Bounded for the degenerate case of a target so high that rates explode.
		sessionsPerSecond = Math.min(sessionsPerSecond, MAX_SESSIONS_PER_DAY / IsoTime.DAY);
		double at = signup;
		while (!out.isFull()) {
			at += this.rng.exponential() / sessionsPerSecond;
			if (at > activeUntil) {
				break;
			}
			session(traits, signup, (long) at, out);
		}
		if (traits.emailConsent()) {
			emails(signup, activeUntil, out);
		}
		out.sort();
	}

	/**
	 * Now, unless the customer has dropped out: then shortly after their last purchase.
	 */
	private long activeUntil(PurchaseProcess process, CustomerOrders orders) {
		if (process.browseOnly()) {
			return Math.min(this.now, process.signup() + (long) (this.rng.exponential() * 90 * IsoTime.DAY));
		}
		if (orders.droppedOut() && orders.size() > 0) {
			long last = orders.placedAt(orders.size() - 1);
			return Math.min(this.now, last + (long) (this.rng.exponential() * 30 * IsoTime.DAY));
		}
		return this.now;
	}

	private void purchaseTrail(long signup, long placedAt, int event, ActivityBuffer out) {
		if (this.rng.chance(0.6)) {
			add(out, signup, placedAt - 120 - this.rng.nextLong(5 * IsoTime.DAY), ActivityType.EVENT_VIEW, event);
		}
		if (this.rng.chance(0.5)) {
			add(out, signup, placedAt - 30 - this.rng.nextLong(10 * IsoTime.MINUTE), ActivityType.ADD_TO_CART, event);
		}
		if (this.rng.chance(0.1) && !out.watched(event)) {
			add(out, signup, placedAt - IsoTime.DAY - this.rng.nextLong(30 * IsoTime.DAY), ActivityType.WATCHLIST_ADD,
					event);
		}
	}

	private void session(CustomerTraits traits, long signup, long at, ActivityBuffer out) {
		add(out, signup, at, ActivityType.PAGE_VIEW, -1);
		int event = this.rng.chance(0.85) ? this.chooser.choose(traits, at, this.rng) : -1;
		if (event < 0) {
			return;
		}
		long viewed = at + 30 + this.rng.nextLong(270);
		add(out, signup, viewed, ActivityType.EVENT_VIEW, event);
		if (this.rng.chance(0.35)) {
			int other = this.chooser.choose(traits, at, this.rng);
			add(out, signup, viewed + 60 + this.rng.nextLong(300), ActivityType.EVENT_VIEW, other);
		}
		if (this.rng.chance(0.07)) {
			add(out, signup, viewed + 60 + this.rng.nextLong(240), ActivityType.ADD_TO_CART, event);
		}
		if (this.rng.chance(0.08) && !out.watched(event)) {
			long added = viewed + 10 + this.rng.nextLong(60);
			add(out, signup, added, ActivityType.WATCHLIST_ADD, event);
			if (this.rng.chance(0.4)) {
				long removed = added + IsoTime.DAY + this.rng.nextLong(45 * IsoTime.DAY);
				add(out, signup, removed, ActivityType.WATCHLIST_REMOVE, event);
			}
		}
	}

	/** Opens are likely while the customer is active and rare after they drift away. */
	private void emails(long signup, long activeUntil, ActivityBuffer out) {
		long skipped = Math.max(0, Math.floorDiv(signup - this.firstCampaign, CAMPAIGN_INTERVAL) + 1);
		for (long sent = this.firstCampaign + skipped * CAMPAIGN_INTERVAL; sent <= this.now
				&& !out.isFull(); sent += CAMPAIGN_INTERVAL) {
			if (this.rng.chance(this.engagement * ((sent <= activeUntil) ? 0.22 : 0.04))) {
				long opened = sent + (long) (this.rng.exponential() * 6 * IsoTime.HOUR);
				add(out, signup, opened, ActivityType.EMAIL_OPEN, -1);
				if (this.rng.chance(0.25)) {
					add(out, signup, opened + 10 + this.rng.nextLong(20 * IsoTime.MINUTE), ActivityType.EMAIL_CLICK,
							-1);
				}
			}
		}
	}

	/**
	 * Keeps what falls between sign-up and now. A removal is always later than its add,
	 * so it can only survive this filter when the add did too.
	 */
	private void add(ActivityBuffer out, long signup, long at, ActivityType type, int event) {
		if (at >= signup && at <= this.now && (event >= 0 || !type.aboutEvent())) {
			out.add(at, type, event);
		}
	}

}
