package com.fanbase.jobs.web;

import java.time.Instant;
import java.util.Map;

import com.fanbase.jobs.Job;

/**
 * A job as the API shows it.
 */
public record JobResponse(long id, long tenantId, String type, String status, Map<String, Object> params,
		Progress progress, String error, int attempts, Instant createdAt, Instant startedAt, Instant finishedAt,
		String pickedBy) {

	public record Progress(long processed, Long total) {
	}

	public static JobResponse of(Job job) {
		return new JobResponse(job.id().value(), job.tenant().value(), job.type(), job.status(), job.params(),
				new Progress(job.processed(), job.total()), job.error(), job.attempts(), job.createdAt(),
				job.startedAt(), job.finishedAt(), job.pickedBy());
	}

}
