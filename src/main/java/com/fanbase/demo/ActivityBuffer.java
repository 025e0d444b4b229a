package com.fanbase.demo;

import java.util.Arrays;

/**
 * One customer's activities, collected out of order and then sorted by time. Reused
 * across customers.
 */
final class ActivityBuffer {

	/** Bits for the insertion sequence in a sort key; the rest hold the time. */
	private static final int SEQUENCE_BITS = 24;

	/** Enough for the busiest super-fan; the sort key must keep the sequence apart. */
	static final int CAPACITY = 1 << 16;

	private final long origin;

	private int size;

	private long[] keys = new long[64];

	private long[] times = new long[64];

	private byte[] types = new byte[64];

	private int[] eventPositions = new int[64];

	private int[] order = new int[64];

	/**
	 * @param origin an epoch second no activity precedes
	 */
	ActivityBuffer(long origin) {
		this.origin = origin;
	}

	void clear() {
		this.size = 0;
	}

	boolean isFull() {
		return this.size == CAPACITY;
	}

	/** Adds an activity; {@code eventPosition} is -1 for those not about an event. */
	void add(long at, ActivityType type, int eventPosition) {
		if (isFull()) {
			return;
		}
		if (this.size == this.times.length) {
			grow();
		}
		this.times[this.size] = at;
		this.types[this.size] = (byte) type.ordinal();
		this.eventPositions[this.size] = eventPosition;
		this.keys[this.size] = (at - this.origin) << SEQUENCE_BITS | this.size;
		this.size++;
	}

	/** Whether the customer has ever put this event on their watchlist. */
	boolean watched(int eventPosition) {
		for (int i = 0; i < this.size; i++) {
			if (this.eventPositions[i] == eventPosition && this.types[i] == ActivityType.WATCHLIST_ADD.ordinal()) {
				return true;
			}
		}
		return false;
	}

	/** Orders by time, ties by insertion, so an add always precedes its removal. */
	void sort() {
		Arrays.sort(this.keys, 0, this.size);
		long mask = (1L << SEQUENCE_BITS) - 1;
		for (int i = 0; i < this.size; i++) {
			this.order[i] = (int) (this.keys[i] & mask);
		}
	}

	int size() {
		return this.size;
	}

	/** Time of the i-th activity in sorted order. */
	long time(int i) {
		return this.times[this.order[i]];
	}

	ActivityType type(int i) {
		return ActivityType.ofOrdinal(this.types[this.order[i]]);
	}

	int eventPosition(int i) {
		return this.eventPositions[this.order[i]];
	}

	private void grow() {
		int capacity = this.size * 2;
		this.keys = Arrays.copyOf(this.keys, capacity);
		this.times = Arrays.copyOf(this.times, capacity);
		this.types = Arrays.copyOf(this.types, capacity);
		this.eventPositions = Arrays.copyOf(this.eventPositions, capacity);
		this.order = Arrays.copyOf(this.order, capacity);
	}

}
