package com.fanbase.jobs;

/**
 * A job failed for a reason that can be shown to its user as it is.
 */
public class JobFailedException extends RuntimeException {

	public JobFailedException(String message) {
		super(message);
	}

}
