/**
 * Campaign stats: Brevo's webhooks and its statistics sync (their payloads are read by
 * {@code platforms.brevo}), conversions attributed from ingested orders, and each
 * campaign's stats and the period totals behind
 * {@link com.fanbase.campaigns.stats.CampaignReports}, which {@code dashboard} and
 * {@code admin} read; the tenant's webhook and its secret in
 * {@link com.fanbase.campaigns.stats.CampaignWebhooks}. Uses the base package of
 * {@code campaigns} (never the other way round).
 */
@NamedInterface("stats")
package com.fanbase.campaigns.stats;

import org.springframework.modulith.NamedInterface;
