package com.fanbase.jobs;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;

/**
 * The scheduler's task that runs every job; the job's type picks the handler.
 */
final class JobTasks {

	static final TaskDescriptor<JobRef> JOB = TaskDescriptor.of("fanbase-job", JobRef.class);

	private JobTasks() {
	}

}
