package com.fanbase.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.tenants.TenantId;

/**
 * Submits and looks up a tenant's background jobs.
 */
@Component
public class Jobs {

	private final JobRepository repository;

	private final SchedulerClient scheduler;

	private final Clock clock;

	Jobs(JobRepository repository, SchedulerClient scheduler, Clock clock) {
		this.repository = repository;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/**
	 * Queues a job to run as soon as a worker is free. When a job of the same type is
	 * already queued or running for the tenant, that job is returned instead and nothing
	 * new is queued.
	 */
	@Transactional
	public Job submit(TenantId tenant, String type, Map<String, Object> params) {
		Optional<JobId> inserted = this.repository.insert(tenant, type, params);
		if (inserted.isEmpty()) {
			return this.repository.findActive(tenant, type).orElseGet(() -> submit(tenant, type, params));
		}
		JobRef ref = new JobRef(tenant.value(), inserted.get().value());
		this.scheduler
			.scheduleIfNotExists(JobTasks.JOB.instance(ref.instanceId()).data(ref).scheduledTo(this.clock.instant()));
		return this.repository.find(tenant, inserted.get()).orElseThrow();
	}

	/** The tenant's queued or running job of a type, if any. */
	public Optional<Job> active(TenantId tenant, String type) {
		return this.repository.findActive(tenant, type);
	}

	public Optional<Job> find(TenantId tenant, JobId id) {
		return this.repository.find(tenant, id);
	}

	public List<Job> list(TenantId tenant, int limit) {
		return this.repository.list(tenant, limit);
	}

}
