package com.fanbase.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T12:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(15), this.clock);

	@Test
	void holdsBackAnAddressAfterTooManyFailuresUntilTheOldestLeavesTheWindow() {
		fail("10.0.0.1", 2);
		this.clock.move(Duration.ofMinutes(5));
		fail("10.0.0.1", 1);
		assertThat(this.throttle.allows("10.0.0.1")).isFalse();
		assertThat(this.throttle.allows("10.0.0.2")).isTrue();

		this.clock.move(Duration.ofMinutes(10));
		assertThat(this.throttle.allows("10.0.0.1")).as("the first two failures left the window").isTrue();
		fail("10.0.0.1", 1);
		assertThat(this.throttle.allows("10.0.0.1")).isTrue();
		fail("10.0.0.1", 1);
		assertThat(this.throttle.allows("10.0.0.1")).isFalse();
	}

	@Test
	void aSuccessfulSignInForgetsTheFailures() {
		fail("10.0.0.1", 2);
		this.throttle.succeeded("10.0.0.1");
		fail("10.0.0.1", 2);

		assertThat(this.throttle.allows("10.0.0.1")).isTrue();
	}

	@Test
	void remembersABoundedNumberOfAddresses() {
		for (int i = 0; i < SignInThrottle.MAX_ADDRESSES + 50; i++) {
			this.throttle.failed("10.1." + (i / 256) + "." + (i % 256));
		}

		assertThat(this.throttle.addresses()).isEqualTo(SignInThrottle.MAX_ADDRESSES);
	}

	private void fail(String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(address);
		}
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void move(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
