package com.fanbase.jobs;

/**
 * A job's thread was interrupted, as the scheduler does when the service stops. It is not
 * a failure of the job: {@link JobRunner} hands the job over to be resumed from its
 * checkpoint. Code that waits (on a future, a pause, a poll) throws this instead of
 * turning the interruption into an error of its own.
 */
public class JobInterruptedException extends RuntimeException {

	public JobInterruptedException(String message, Throwable cause) {
		super(message, cause);
		Thread.currentThread().interrupt();
	}

}
