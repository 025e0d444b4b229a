package com.fanbase.campaigns.spend;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every {@code spend-check-interval} (a minute by default), {@code refreshAdSpend} reads
 * the spend of the ad channels that are due. It is a task of its own, beside the
 * campaigns' every-minute {@code processScheduledCampaigns}, so a slow or rate-limiting
 * platform never delays a scheduled launch.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpendProperties.class)
class SpendSchedule {

	@Bean
	RecurringTask<Void> refreshAdSpend(AdSpend spend, SpendProperties properties) {
		return Tasks.recurring("refreshAdSpend", FixedDelay.of(properties.spendCheckInterval()))
			.execute((instance, context) -> spend.refreshDue());
	}

}
