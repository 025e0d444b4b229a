package com.fanbase.jobs;

/**
 * Ends an attempt that was stopped from outside, so the scheduler keeps the job's
 * execution and runs it again at once instead of completing it.
 */
final class JobHandedOverException extends RuntimeException {

	JobHandedOverException(JobId id) {
		super("Job " + id.value() + " was handed over", null, false, false);
	}

}
