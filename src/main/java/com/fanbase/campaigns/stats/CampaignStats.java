package com.fanbase.campaigns.stats;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a campaign achieved. Opens and clicks are distinct customers (human opens only;
 * machine opens apart). Rates are percentages rounded half-up to two decimals, 0 when the
 * divisor is 0: {@code open_rate} = opens / delivered, {@code click_rate} = clicks /
 * delivered, {@code conversion_rate} = conversions / clicks. {@code roas} = revenue /
 * cost to two decimals, null without a cost. {@code holdout} and
 * {@code incremental_conversions} only when the campaign has a holdout.
 */
public record CampaignStats(long campaignId, String campaignType, String status, long sent, long delivered, long opens,
		long machineOpens, long clicks, long bounces, long unsubscribes, long spamReports, long conversions,
		long revenueCents, BigDecimal revenue, @JsonInclude(JsonInclude.Include.ALWAYS) Long costCents, String currency,
		BigDecimal openRate, BigDecimal clickRate, BigDecimal conversionRate,
		@JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal roas, Holdout holdout, Long incrementalConversions) {

	/**
	 * The held-out share of the segment: how many there were and what they bought anyway.
	 * {@code conversion_rate} = conversions / size × 100.
	 */
	public record Holdout(long size, long conversions, BigDecimal conversionRate, long revenueCents) {
	}

}
