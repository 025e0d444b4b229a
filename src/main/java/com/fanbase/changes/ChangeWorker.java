package com.fanbase.changes;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The replica's pipeline thread: runs passes back to back while there is work, waits
 * {@code fanbase.changes.idle} when a pass found none, and backs off after a failure (the
 * failed hop's rows stay waiting, untouched, for the next pass).
 */
class ChangeWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeWorker.class);

	private static final Duration BACK_OFF = Duration.ofSeconds(2);

	private final ChangePipeline pipeline;

	private final Duration idle;

	private volatile Thread thread;

	private volatile boolean running;

	ChangeWorker(ChangePipeline pipeline, Duration idle) {
		this.pipeline = pipeline;
		this.idle = idle;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = Thread.ofPlatform().name("change-pipeline").daemon().start(this::loop);
	}

	private void loop() {
		while (this.running) {
			Duration wait;
			try {
				wait = (this.pipeline.runOnce() > 0) ? Duration.ZERO : this.idle;
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				log.warn("A pass of the change pipeline failed; its work waits for the next pass", ex);
				wait = BACK_OFF;
			}
			if (!wait.isZero()) {
				LockSupport.parkNanos(wait.toNanos());
			}
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Thread current = this.thread;
		if (current != null) {
			LockSupport.unpark(current);
			try {
				current.join(Duration.ofSeconds(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops before the scheduler and the database go. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

}
