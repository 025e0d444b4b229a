package com.fanbase.profiles.model;

final class Positive {

	private Positive() {
	}

	static void require(String name, double value) {
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
		}
	}

}
