package com.fanbase.campaigns.stats;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The statistics sync's schedule, across replicas (db-scheduler runs it once per run).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CampaignStatsProperties.class)
class CampaignStatsConfiguration {

	@Bean
	RecurringTask<Void> syncCampaignStatistics(StatisticsSync sync, CampaignStatsProperties properties) {
		return Tasks.recurring("syncCampaignStatistics", FixedDelay.of(properties.syncInterval()))
			.execute((instance, context) -> sync.syncDue());
	}

}
