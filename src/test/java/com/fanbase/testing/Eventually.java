package com.fanbase.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls until a condition holds or a deadline passes: how tests wait for background work
 * without sleeping for a guessed time.
 */
public final class Eventually {

	private static final long POLL_NANOS = Duration.ofMillis(20).toNanos();

	private Eventually() {
	}

	public static <T> T await(Supplier<T> probe, Predicate<T> condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		T value = probe.get();
		while (!condition.test(value)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Condition not met within " + timeout + "; last value: " + value);
			}
			LockSupport.parkNanos(POLL_NANOS);
			value = probe.get();
		}
		return value;
	}

}
