package com.fanbase.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * Runs one job attempt: marks it running, hands it to its handler, records how it ended.
 * A job found already running was interrupted (the process died); it is run again, and
 * its handler resumes from its checkpoint. After {@link #MAX_ATTEMPTS} such attempts it
 * fails. An attempt stopped from outside (see {@link Interruption}: the service is
 * stopping) is handed over instead: the job is queued again, the attempt not counted, and
 * the scheduler runs it again at once, on whichever replica is still running (or on this
 * one's successor).
 */
@Component
class JobRunner {

	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final JobRepository repository;

	private final Map<String, JobHandler> handlers;

	private final Replica replica;

	JobRunner(JobRepository repository, List<JobHandler> handlers, Replica replica) {
		this.repository = repository;
		this.replica = replica;
		this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::type, Function.identity()));
	}

	void run(JobRef ref) {
		run(ref, () -> false);
	}

	/**
	 * Runs an attempt; {@code stopping} says whether the scheduler running it is shutting
	 * down. Answers whether the job was handed over, to be run again.
	 */
	boolean run(JobRef ref, BooleanSupplier stopping) {
		TenantId tenant = TenantId.of(ref.tenant());
		JobId id = new JobId(ref.job());
		Optional<Job> job = this.repository.find(tenant, id).filter((found) -> !found.finished());
		if (job.isEmpty()) {
			return false;
		}
		int attempt = this.repository.markRunning(tenant, id, this.replica.name());
		JobHandler handler = handlerFor(job.get().type());
		if (handler == null || attempt > MAX_ATTEMPTS) {
			this.repository.finish(tenant, id, "failed",
					(handler == null) ? "No handler for jobs of type " + job.get().type()
							: "Gave up after " + MAX_ATTEMPTS + " interrupted attempts");
			return false;
		}
		return execute(handler, new Execution(job.get(), this.repository), stopping);
	}

	/**
	 * The handler of a type, or of the part before its first {@code :}, so a module can
	 * run one job per object ({@code export:42}) while at most one runs per object.
	 */
	private JobHandler handlerFor(String type) {
		JobHandler handler = this.handlers.get(type);
		int colon = type.indexOf(':');
		return (handler == null && colon > 0) ? this.handlers.get(type.substring(0, colon)) : handler;
	}

	private boolean execute(JobHandler handler, Execution execution, BooleanSupplier stopping) {
		Job job = execution.job;
		try {
			handler.run(execution);
			this.repository.finish(job.tenant(), job.id(), "succeeded", null);
		}
		catch (JobFailedException ex) {
			this.repository.finish(job.tenant(), job.id(), "failed", ex.getMessage());
		}
		catch (Exception ex) {
			if (Interruption.stoppedFromOutside(ex, stopping.getAsBoolean())) {
				handOver(job, ex);
				return true;
			}
			log.error("Job {} ({}) of tenant {} failed", job.id(), job.type(), job.tenant(), ex);
			this.repository.finish(job.tenant(), job.id(), "failed",
					"Internal error (" + ex.getClass().getSimpleName() + "); it has been logged.");
		}
		return false;
	}

	/**
	 * The interruption is acted on here, so the flag is cleared: the connection pool
	 * would refuse the thread the connection that records the hand-over.
	 */
	private void handOver(Job job, Exception cause) {
		Thread.interrupted();
		this.repository.release(job.tenant(), job.id());
		log.info("Job {} ({}) of tenant {} was stopped with the service ({}); it is handed over", job.id(), job.type(),
				job.tenant(), cause.getClass().getSimpleName());
	}

	private record Execution(Job job, JobRepository repository) implements JobExecution {

		@Override
		public JobId id() {
			return this.job.id();
		}

		@Override
		public TenantId tenant() {
			return this.job.tenant();
		}

		@Override
		public Map<String, Object> params() {
			return this.job.params();
		}

		@Override
		public void progress(long processed, Long total) {
			this.repository.progress(tenant(), id(), processed, total);
		}

		@Override
		public Optional<String> checkpoint() {
			return this.repository.checkpoint(tenant(), id());
		}

		@Override
		public void checkpoint(String value) {
			this.repository.checkpoint(tenant(), id(), value);
		}

	}

}
