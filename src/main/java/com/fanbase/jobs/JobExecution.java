package com.fanbase.jobs;

import java.util.Map;
import java.util.Optional;

import com.fanbase.tenants.TenantId;

/**
 * What a running job may read and report.
 */
public interface JobExecution {

	JobId id();

	TenantId tenant();

	Map<String, Object> params();

	/** Records progress; visible at once to {@code GET /jobs/{id}}. */
	void progress(long processed, Long total);

	/**
	 * The last checkpoint saved by an earlier attempt of this job, if it was interrupted.
	 */
	Optional<String> checkpoint();

	/** Saves where the job has got to, so a restart can resume from there. */
	void checkpoint(String value);

}
