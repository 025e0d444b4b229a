package com.fanbase.demo;

/** Capacity classes of venues; the capacity raises prices and event reach. */
enum VenueKind {

	CLUB(450), HALL(2_500), THEATRE(1_200), ARENA(12_000), STADIUM(45_000), OPEN_AIR(40_000), CONVENTION(5_000);

	private final int capacity;

	VenueKind(int capacity) {
		this.capacity = capacity;
	}

	int capacity() {
		return this.capacity;
	}

}
