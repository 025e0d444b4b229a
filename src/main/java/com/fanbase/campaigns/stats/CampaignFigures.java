package com.fanbase.campaigns.stats;

/**
 * A campaign's counts before any rate is worked out: recipients, the larger of the
 * webhook and Brevo figure per delivery metric, and the attributed orders of the sent and
 * holdout groups.
 *
 * @param costCents the campaign's cost, or the sum of its channels' spend; null when
 * neither is known
 */
public record CampaignFigures(long campaignId, String campaignType, String status, String currency, int holdoutPercent,
		Long costCents, long sent, long delivered, long opens, long machineOpens, long clicks, long bounces,
		long unsubscribes, long spamReports, long conversions, long revenueCents, long holdoutSize,
		long holdoutConversions, long holdoutRevenueCents) {

}
