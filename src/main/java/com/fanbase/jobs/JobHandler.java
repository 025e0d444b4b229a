package com.fanbase.jobs;

/**
 * Does the work of one type of job. A handler must be safe to run again after a crash: it
 * may resume from the checkpoint it saved, or redo work idempotently.
 */
public interface JobHandler {

	String type();

	void run(JobExecution execution) throws Exception;

}
