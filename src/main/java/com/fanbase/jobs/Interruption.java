package com.fanbase.jobs;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;

/**
 * The one rule for how a job attempt that did not finish is told apart from one that
 * failed: an attempt that ends with an exception while its thread is interrupted, while
 * the scheduler is stopping, or with an interruption anywhere in the exception's causes,
 * was stopped from outside. Such an attempt is never recorded as failed.
 */
final class Interruption {

	private Interruption() {
	}

	static boolean stoppedFromOutside(Throwable failure, boolean stopping) {
		return stopping || Thread.currentThread().isInterrupted() || causedByInterruption(failure);
	}

	private static boolean causedByInterruption(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InterruptedException || cause instanceof JobInterruptedException
					|| cause instanceof ClosedByInterruptException
					|| (cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException))) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
