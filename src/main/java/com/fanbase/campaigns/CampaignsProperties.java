package com.fanbase.campaigns;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How campaigns are sent: the largest Brevo import body (Brevo takes up to 10 MB and
 * recommends 8), how often to ask whether an import is processed and for how long, and
 * how often due campaigns are looked for.
 */
@ConfigurationProperties("fanbase.campaigns")
public record CampaignsProperties(@DefaultValue("8000000") int importChunkBytes,
		@DefaultValue("2s") Duration importPoll, @DefaultValue("30m") Duration importTimeout,
		@DefaultValue("1m") Duration scheduleInterval) {

}
