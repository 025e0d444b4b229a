package com.fanbase.jobs;

import java.io.Serializable;

/**
 * What the scheduler stores for a job's execution: just where to find the job.
 */
record JobRef(long tenant, long job) implements Serializable {

	String instanceId() {
		return this.tenant + "-" + this.job;
	}

}
