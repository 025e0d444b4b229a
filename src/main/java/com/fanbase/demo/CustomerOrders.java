package com.fanbase.demo;

import java.util.Arrays;

/**
 * One customer's orders in time order, as reusable parallel arrays: a super-fan has a few
 * hundred orders at most, and nothing is kept across customers.
 */
final class CustomerOrders {

	static final byte PAID = 0;

	static final byte REFUNDED = 1;

	static final byte CANCELLED = 2;

	private int size;

	private boolean droppedOut;

	private long[] placedAt = new long[16];

	private int[] eventPositions = new int[16];

	private int[] tickets = new int[16];

	private long[] totalCents = new long[16];

	private byte[] statuses = new byte[16];

	void clear() {
		this.size = 0;
		this.droppedOut = false;
	}

	/** Records that the customer's last purchase before now was also their last ever. */
	void markDroppedOut() {
		this.droppedOut = true;
	}

	boolean droppedOut() {
		return this.droppedOut;
	}

	void add(long placedAt, int eventPosition, int tickets, long totalCents, byte status) {
		if (this.size == this.placedAt.length) {
			int capacity = this.size * 2;
			this.placedAt = Arrays.copyOf(this.placedAt, capacity);
			this.eventPositions = Arrays.copyOf(this.eventPositions, capacity);
			this.tickets = Arrays.copyOf(this.tickets, capacity);
			this.totalCents = Arrays.copyOf(this.totalCents, capacity);
			this.statuses = Arrays.copyOf(this.statuses, capacity);
		}
		this.placedAt[this.size] = placedAt;
		this.eventPositions[this.size] = eventPosition;
		this.tickets[this.size] = tickets;
		this.totalCents[this.size] = totalCents;
		this.statuses[this.size] = status;
		this.size++;
	}

	int size() {
		return this.size;
	}

	long placedAt(int i) {
		return this.placedAt[i];
	}

	int eventPosition(int i) {
		return this.eventPositions[i];
	}

	int tickets(int i) {
		return this.tickets[i];
	}

	long totalCents(int i) {
		return this.totalCents[i];
	}

	String status(int i) {
		return switch (this.statuses[i]) {
			case REFUNDED -> "refunded";
			case CANCELLED -> "cancelled";
			default -> "paid";
		};
	}

}
