package com.fanbase.jobs;

/**
 * The part of a durable step machine that every module needs the same way: finding its
 * rows left mid-way by a job that is gone (the replica died and the job's retries ran
 * out), so they can be resubmitted and go on from their last recorded step. Modules build
 * their "orphaned" query from this condition instead of each writing it.
 */
public final class OrphanedWork {

	/** How long a row must have stood still before it counts as left behind. */
	public static final String STILL_FOR = "interval '10 minutes'";

	private OrphanedWork() {
	}

	/**
	 * SQL: the row (its tenant and job id given as SQL expressions) has no queued or
	 * running job.
	 */
	public static String noLiveJob(String tenant, String jobId) {
		return "not exists (select 1 from jobs j where j.tenant_id = " + tenant + " and j.id = " + jobId
				+ " and j.status in ('queued', 'running'))";
	}

	/**
	 * SQL: the row, last updated at {@code updatedAt} (an SQL expression), has stood
	 * still for {@link #STILL_FOR} before {@code now} (an SQL expression) and has no live
	 * job.
	 */
	public static String leftBehind(String tenant, String jobId, String updatedAt, String now) {
		return updatedAt + " < " + now + " - " + STILL_FOR + " and " + noLiveJob(tenant, jobId);
	}

}
