package com.fanbase.demo;

import java.util.Arrays;
import java.util.List;

/** A subset of events in start order, searchable by time. */
final class TimeList {

	static final TimeList EMPTY = new TimeList(List.of(), new int[0], 0);

	private final long[] starts;

	private final int[] positions;

	/**
	 * @param events all events, in start order
	 * @param positions indexes into {@code events}, ascending
	 * @param size how many of {@code positions} are used
	 */
	TimeList(List<Event> events, int[] positions, int size) {
		this.positions = Arrays.copyOf(positions, size);
		this.starts = new long[size];
		for (int i = 0; i < size; i++) {
			this.starts[i] = events.get(this.positions[i]).startsAt();
		}
	}

	int size() {
		return this.positions.length;
	}

	long start(int i) {
		return this.starts[i];
	}

	/** Index into {@code events} of the i-th member. */
	int position(int i) {
		return this.positions[i];
	}

	/**
	 * The first member starting strictly after {@code epochSecond}, or {@link #size()}.
	 */
	int firstAfter(long epochSecond) {
		int low = 0;
		int high = this.starts.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (this.starts[mid] <= epochSecond) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
