package com.fanbase.campaigns.stats;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How campaign stats are gathered.
 *
 * @param machineOpenSeconds an open this many seconds or less after the delivery is a
 * machine open (a prefetcher or privacy proxy fetching the images), not a reader
 * @param prefetcherAgents user-agent fragments (case-insensitive) of known prefetchers;
 * an open whose payload carries one is a machine open
 * @param syncWithinDays email campaigns sent this many days ago or less have their
 * statistics read from Brevo
 * @param syncBudgetPerHour statistics requests per tenant per hour (Brevo allows 100 an
 * hour for its campaign endpoints on the general tier, shared with the launches)
 * @param syncInterval how often the statistics sync runs
 * @param syncLongestWait the longest wait for a rate-limited request; a longer
 * {@code x-sib-ratelimit-reset} pauses the tenant's sync until then instead
 */
@ConfigurationProperties("fanbase.campaigns.stats")
public record CampaignStatsProperties(@DefaultValue("10") int machineOpenSeconds, @DefaultValue( {
		"YahooMailProxy", "Barracuda", "Mimecast", "Proofpoint", "MessageLabs",
		"Microsoft Office Protocol Discovery" }) List<String> prefetcherAgents, @DefaultValue("30") int syncWithinDays,
		@DefaultValue("60") int syncBudgetPerHour, @DefaultValue("10m") Duration syncInterval,
		@DefaultValue("60s") Duration syncLongestWait){

}
