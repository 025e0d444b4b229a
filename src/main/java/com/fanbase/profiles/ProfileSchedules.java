package com.fanbase.profiles;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.jobs.Jobs;
import com.fanbase.tenants.TenantId;

/**
 * The recurring profile work, run once across replicas by the scheduler: the incremental
 * refresh of changed customers (every 30 seconds by default) and the daily rebuild and
 * refit of every tenant ({@code rebuildRecentlyActiveProfiles}, 03:00 UTC): every
 * profile, because recency and P(alive) move for customers who did nothing.
 */
@Configuration(proxyBeanMethods = false)
class ProfileSchedules {

	@Bean
	RecurringTask<Void> refreshChangedProfiles(ProfileRefresher refresher,
			@Value("${fanbase.profiles.refresh-interval:30s}") Duration interval) {
		return Tasks.recurring("refreshChangedProfiles", FixedDelay.of(interval))
			.execute((instance, context) -> refresher.refreshAll());
	}

	@Bean
	RecurringTask<Void> rebuildRecentlyActiveProfiles(JdbcClient jdbc, Jobs jobs,
			@Value("${fanbase.profiles.daily-rebuild-at:03:00}") LocalTime at) {
		return Tasks.recurring("rebuildRecentlyActiveProfiles", Schedules.daily(at))
			.execute((instance, context) -> jdbc.sql("select id from tenants order by id")
				.query(Long.class)
				.list()
				.forEach((tenant) -> jobs.submit(TenantId.of(tenant), ProfileRebuildJob.TYPE, Map.of())));
	}

}
