package com.fanbase.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler wiring. The client (which schedules) joins Spring's transactions, so a job
 * row and its execution are committed together. The scheduler (which executes) runs in
 * the service but not in the command-line tools ({@code fanbase.jobs.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean
	SchedulerClient schedulerClient(DataSource dataSource) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), List.of()).build();
	}

	@Bean
	@ConditionalOnProperty(name = "fanbase.jobs.enabled", havingValue = "true", matchIfMissing = true)
	SchedulerLifecycle schedulerLifecycle(DataSource dataSource, JobRunner runner, Replica replica, DeadReplicas dead,
			ObjectProvider<RecurringTask<?>> recurring,
			@Value("${fanbase.jobs.polling-interval:2s}") Duration pollingInterval,
			@Value("${fanbase.jobs.shutdown-wait:10s}") Duration shutdownWait) {
		List<Task<?>> tasks = new ArrayList<>();
		tasks.add(Tasks.custom(JobTasks.JOB)
			.onFailure(SchedulerConfiguration::runAgain)
			.execute((instance,
					context) -> runner.run(instance.getData(), () -> context.getSchedulerState().isShuttingDown())
							? SchedulerConfiguration::runAgain : new CompletionHandler.OnCompleteRemove<>()));
		List<RecurringTask<?>> startTasks = recurring.orderedStream().toList();
		Supplier<Scheduler> scheduler = () -> Scheduler.create(dataSource, tasks)
			.schedulerName(new SchedulerName.Fixed(replica.name()))
			.startTasks(startTasks)
			.threads(4)
			.pollingInterval(pollingInterval)
			.heartbeatInterval(Duration.ofSeconds(5))
			.missedHeartbeatsLimit(6)
			.enableImmediateExecution()
			.shutdownMaxWait(shutdownWait)
			.build();
		return new SchedulerLifecycle(() -> {
			dead.revive();
			return scheduler.get();
		});
	}

	/**
	 * A handed-over job runs again at once, on a replica still running. (Anything that
	 * escapes the runner, which records every handler's failure itself, is the database
	 * being unreachable: that is tried again shortly.)
	 */
	private static void runAgain(ExecutionComplete complete, ExecutionOperations<JobRef> operations) {
		Duration delay = complete.getCause().isPresent() ? Duration.ofSeconds(10) : Duration.ZERO;
		operations.reschedule(complete, complete.getTimeDone().plus(delay));
	}

	/**
	 * Starts the scheduler once the context (and so the migrations) is ready, stops it
	 * first. A stopped db-scheduler cannot start again (its executors are shut down), so
	 * every start builds a new one: a context that is stopped and started again (as the
	 * test framework does with cached contexts it pauses) gets a working scheduler.
	 */
	static final class SchedulerLifecycle implements SmartLifecycle {

		private final Supplier<Scheduler> schedulers;

		private volatile Scheduler scheduler;

		private volatile boolean running;

		SchedulerLifecycle(Supplier<Scheduler> schedulers) {
			this.schedulers = schedulers;
		}

		@Override
		public void start() {
			this.scheduler = this.schedulers.get();
			this.scheduler.start();
			this.running = true;
		}

		@Override
		public void stop() {
			this.scheduler.stop();
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		/** Looks for due executions now rather than at the next poll. */
		void wake() {
			Scheduler current = this.scheduler;
			if (this.running && current != null) {
				current.triggerCheckForDueExecutions();
			}
		}

	}

}
