package com.fanbase.matching;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.fanbase.jobs.JobExecution;
import com.fanbase.jobs.JobHandler;

/**
 * Works through a tenant's queued generation requests one event at a time. The queue is
 * the checkpoint: a restarted job carries on with what is still queued, and a generation
 * interrupted halfway was rolled back and is simply redone. Before the tenant's first
 * profile build there is nothing to score: the requests stay queued and the build's end
 * runs the job again.
 */
@Component
class GenerationJob implements JobHandler {

	private final GenerationRequests requests;

	private final RecommendationGenerator generator;

	GenerationJob(GenerationRequests requests, RecommendationGenerator generator) {
		this.requests = requests;
		this.generator = generator;
	}

	@Override
	public String type() {
		return GenerationRequests.JOB_TYPE;
	}

	@Override
	public void run(JobExecution execution) {
		if (!this.generator.hasProfiles(execution.tenant())) {
			// the requests wait for the first profile build, whose end submits this job
			// again
			return;
		}
		long done = 0;
		Optional<GenerationRequests.Request> next = this.requests.next(execution.tenant());
		while (next.isPresent()) {
			GenerationRequests.Request request = next.get();
			if (this.generator.exists(execution.tenant(), request.eventId())) {
				this.generator.generate(execution.tenant(), request.eventId());
			}
			this.requests.done(execution.tenant(), request);
			execution.progress(++done, done + this.requests.pending(execution.tenant()));
			next = this.requests.next(execution.tenant());
		}
	}

}
