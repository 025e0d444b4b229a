package com.fanbase.jobs;

import java.time.Instant;
import java.util.Map;

import com.fanbase.tenants.TenantId;

/**
 * A background job as its users see it.
 *
 * @param status {@code queued}, {@code running}, {@code succeeded} or {@code failed}
 * @param processed how many units of work are done
 * @param total how many there are, once known
 * @param pickedBy the replica that ran (or runs) the latest attempt
 */
public record Job(JobId id, TenantId tenant, String type, String status, Map<String, Object> params, long processed,
		Long total, String error, int attempts, Instant createdAt, Instant startedAt, Instant finishedAt,
		String pickedBy) {

	public boolean finished() {
		return "succeeded".equals(this.status) || "failed".equals(this.status);
	}

}
