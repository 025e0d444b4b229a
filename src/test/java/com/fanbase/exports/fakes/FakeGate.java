package com.fanbase.exports.fakes;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fanbase.exports.fakes.FakeServer.Request;

/**
 * Holds one of a credential's matching requests, the one after the first {@code passing}
 * of them, until the test drops it: how a test keeps work in flight at the moment it
 * stops a replica. The dropped request is answered 503 and never reaches the fake
 * platform, as a request cut off with its sender; later requests pass.
 */
public final class FakeGate {

	private final Predicate<Request> matches;

	private final AtomicInteger passing;

	private final AtomicInteger held = new AtomicInteger();

	private final AtomicInteger waiting = new AtomicInteger();

	private final CountDownLatch dropped = new CountDownLatch(1);

	FakeGate(Predicate<Request> matches, int passing) {
		this.matches = matches;
		this.passing = new AtomicInteger(passing);
	}

	/** Whether the request goes on to the fake platform. */
	boolean pass(Request request) {
		if (!this.matches.test(request) || this.passing.getAndDecrement() != 0) {
			return true;
		}
		this.held.incrementAndGet();
		this.waiting.incrementAndGet();
		try {
			this.dropped.await(2, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.waiting.decrementAndGet();
		}
		return false;
	}

	/** How many requests are being held now. */
	public int waiting() {
		return this.waiting.get();
	}

	/** How many requests were held in all (at most one). */
	public int held() {
		return this.held.get();
	}

	public void drop() {
		this.dropped.countDown();
	}

}
