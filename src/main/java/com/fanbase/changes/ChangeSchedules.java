package com.fanbase.changes;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the live pipeline: a worker thread on every replica, and two tasks run once
 * across replicas by the scheduler: the segment clock ({@code evaluateTimeBoundaries},
 * hourly by default) and the pruning of done outbox rows. With
 * {@code fanbase.changes.enabled=false} none of it runs and nothing is appended.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChangesProperties.class)
class ChangeSchedules {

	@Bean
	@ConditionalOnProperty(name = "fanbase.changes.enabled", havingValue = "true", matchIfMissing = true)
	ChangeWorker changeWorker(ChangePipeline pipeline, ChangesProperties properties) {
		return new ChangeWorker(pipeline, properties.idle());
	}

	@Bean
	@ConditionalOnProperty(name = "fanbase.changes.enabled", havingValue = "true", matchIfMissing = true)
	RecurringTask<Void> evaluateTimeBoundaries(SegmentClock segmentClock, ChangeQueue queue,
			ChangesProperties properties, Clock clock) {
		return Tasks.recurring("evaluateTimeBoundaries", FixedDelay.of(properties.clockInterval()))
			.execute((instance, context) -> {
				segmentClock.tick();
				queue.prune(clock.instant().minus(properties.retention()));
			});
	}

}
