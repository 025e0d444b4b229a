/**
 * Campaigns: email campaigns sent through Brevo to a segment's consented, unsuppressed
 * members, ad campaigns whose audience is carried by an export, and multi-channel
 * campaigns of both; launching now or on schedule (once across replicas), frequency caps
 * and holdouts; delivery events from Brevo's webhooks and its statistics endpoint;
 * conversions attributed from ingested orders; the stats and ROAS of each campaign. The
 * launch lives in the base package; the {@code stats} package holds the webhooks, the
 * statistics sync and the attribution behind
 * {@link com.fanbase.campaigns.stats.CampaignReports}, which the {@code dashboard} module
 * reads. Depends on {@code tenants}, {@code jobs}, {@code segments}, {@code exports}
 * (platform credentials, exports, suppressions), {@code database} (JSON columns),
 * {@code web} and the {@code customers} and {@code orders} tables of {@code ingestion}.
 */
package com.fanbase.campaigns;
