package com.fanbase.changes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The change pipeline's settings ({@code fanbase.changes.*}).
 *
 * @param enabled whether changes flow live (off: profiles every 30 s, segments on their
 * interval, exports every few minutes, as before)
 * @param idle how long the worker waits when a pass found nothing to do
 * @param exportCadence how long a segment's member changes gather before they are pushed,
 * so a burst becomes one delta per audience
 * @param bulkThreshold customers in one segment hop above which the tenant's dynamic
 * segments are refreshed in full (set-based) instead
 * @param claimRows outbox rows one pass claims per tenant and hop
 * @param lease how long a bulk hop's claim holds before another replica may redo it
 * @param clockInterval how often time-relative rules are re-evaluated
 * @param retention how long done rows are kept
 */
@ConfigurationProperties("fanbase.changes")
public record ChangesProperties(@DefaultValue("true") boolean enabled, @DefaultValue("250ms") Duration idle,
		@DefaultValue("5s") Duration exportCadence, @DefaultValue("50000") int bulkThreshold,
		@DefaultValue("200") int claimRows, @DefaultValue("10m") Duration lease,
		@DefaultValue("1h") Duration clockInterval, @DefaultValue("1d") Duration retention) {

}
