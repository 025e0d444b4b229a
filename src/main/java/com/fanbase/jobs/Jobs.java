package com.fanbase.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fanbase.tenants.TenantId;

/**
 * Submits and looks up a tenant's background jobs.
 */
@Component
public class Jobs {

	private final JobRepository repository;

	private final SchedulerClient scheduler;

	private final Clock clock;

	private final ObjectProvider<SchedulerConfiguration.SchedulerLifecycle> local;

	Jobs(JobRepository repository, SchedulerClient scheduler, Clock clock,
			ObjectProvider<SchedulerConfiguration.SchedulerLifecycle> local) {
		this.repository = repository;
		this.scheduler = scheduler;
		this.clock = clock;
		this.local = local;
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
		wakeAfterCommit();
		return this.repository.find(tenant, inserted.get()).orElseThrow();
	}

	/**
	 * The job is scheduled through a client, not the scheduler itself, so db-scheduler's
	 * immediate execution never hears of it; once the job is committed this replica's
	 * scheduler is told to look now instead of at its next poll (others still poll).
	 */
	private void wakeAfterCommit() {
		this.local.ifAvailable((scheduler) -> TransactionSynchronizationManager
			.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					scheduler.wake();
				}
			}));
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
