package com.fanbase.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses sign-ins from an address that failed too often lately: at most
 * {@code maxFailures} refused sign-ins per address within {@code window}, after which
 * every attempt from it is refused unchecked until the oldest failure leaves the window.
 * A successful sign-in forgets the address's failures. Kept in memory per replica, for a
 * bounded number of addresses (the least recently failing are forgotten first). Keys are
 * 192-bit secrets, so this guards the service against floods of guesses rather than the
 * keys against guessing.
 */
final class SignInThrottle {

	static final int MAX_ADDRESSES = 10_000;

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true);

	SignInThrottle(int maxFailures, Duration window, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock;
	}

	/** Whether an attempt from the address may be checked now. */
	synchronized boolean allows(String address) {
		Deque<Instant> recent = this.failures.get(address);
		if (recent == null) {
			return true;
		}
		forgetOld(recent);
		if (recent.isEmpty()) {
			this.failures.remove(address);
			return true;
		}
		return recent.size() < this.maxFailures;
	}

	synchronized void failed(String address) {
		Deque<Instant> recent = this.failures.computeIfAbsent(address, (key) -> new ArrayDeque<>());
		forgetOld(recent);
		recent.addLast(this.clock.instant());
		while (recent.size() > this.maxFailures) {
			recent.removeFirst();
		}
		if (this.failures.size() > MAX_ADDRESSES) {
			Iterator<String> eldest = this.failures.keySet().iterator();
			eldest.next();
			eldest.remove();
		}
	}

	synchronized void succeeded(String address) {
		this.failures.remove(address);
	}

	synchronized int addresses() {
		return this.failures.size();
	}

	private void forgetOld(Deque<Instant> recent) {
		Instant horizon = this.clock.instant().minus(this.window);
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
			recent.removeFirst();
		}
	}

}
