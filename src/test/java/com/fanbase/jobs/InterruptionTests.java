package com.fanbase.jobs;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InterruptionTests {

	@AfterEach
	void clearFlag() {
		Thread.interrupted();
	}

	@Test
	void anInterruptionAmongTheCausesIsAStopFromOutside() {
		RuntimeException wrapped = new IllegalStateException("wrapped",
				new UncheckedIOException(new InterruptedIOException("read interrupted")));
		assertThat(Interruption.stoppedFromOutside(wrapped, false)).isTrue();
		assertThat(Interruption.stoppedFromOutside(new RuntimeException(new InterruptedException()), false)).isTrue();
	}

	@Test
	void aTimeoutOrAnOrdinaryErrorIsNot() {
		assertThat(Interruption
			.stoppedFromOutside(new UncheckedIOException(new SocketTimeoutException("Read timed out")), false))
			.isFalse();
		assertThat(Interruption.stoppedFromOutside(new IllegalArgumentException("bad"), false)).isFalse();
	}

	@Test
	void anyErrorWhileTheSchedulerStopsOrTheThreadIsInterruptedIs() {
		assertThat(Interruption.stoppedFromOutside(new IllegalArgumentException("bad"), true)).isTrue();
		Thread.currentThread().interrupt();
		assertThat(Interruption.stoppedFromOutside(new IllegalArgumentException("bad"), false)).isTrue();
	}

	@Test
	void aReplicaIsGoneWhenItsProcessIsOrWhenItWasAnEarlierStartOfThisOne() {
		Replica running = new Replica();
		long pid = ProcessHandle.current().pid();
		assertThat(Replica.gone(running.name())).isFalse();
		assertThat(Replica.gone(running.host() + "/" + pid + "/0000")).isTrue();
		assertThat(Replica.gone(running.host() + "/" + Long.MAX_VALUE / 2 + "/0000")).isTrue();
		assertThat(Replica.gone("some-host-name-without-a-pid")).isFalse();
	}

}
