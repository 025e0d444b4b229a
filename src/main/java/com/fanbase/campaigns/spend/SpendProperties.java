package com.fanbase.campaigns.spend;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the spend of an ad channel linked to a platform campaign is read
 * ({@code fanbase.campaigns.spend-refresh}, at most once per period per channel, failures
 * included), and for how long after its campaign completed
 * ({@code fanbase.campaigns.spend-after-completion}: platforms still settle spend for a
 * few days); {@code fanbase.campaigns.spend-check-interval} is how often due channels are
 * looked for.
 */
@ConfigurationProperties("fanbase.campaigns")
public record SpendProperties(@DefaultValue("1h") Duration spendRefresh,
		@DefaultValue("7d") Duration spendAfterCompletion, @DefaultValue("1m") Duration spendCheckInterval) {

}
