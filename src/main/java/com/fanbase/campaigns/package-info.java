/**
 * Campaigns: email campaigns sent through Brevo to a segment's consented, unsuppressed
 * members, ad campaigns whose audience is carried by an export, and multi-channel
 * campaigns of both; launching now or on schedule (once across replicas), frequency caps
 * and holdouts; delivery events from Brevo's webhooks and its statistics endpoint;
 * conversions attributed from ingested orders; the stats and ROAS of each campaign. The
 * launch lives in the base package and sends through one
 * {@link com.fanbase.campaigns.ChannelSender} per kind of channel (email, ad audience).
 * The {@code stats} package (a named interface) holds the webhooks, the statistics sync
 * and the attribution behind {@link com.fanbase.campaigns.stats.CampaignReports}, which
 * {@code dashboard} and {@code admin} read; it uses the base package, never the other way
 * round. Depends on {@code tenants}, {@code jobs}, {@code segments}, {@code platforms}
 * (the registry, and Brevo's email campaigns through its {@code brevo} interface),
 * {@code exports} (exports, suppressions, the audience rule), {@code matching} (events),
 * {@code database} (JSON columns), {@code web} and the {@code customers} and
 * {@code orders} tables of {@code ingestion}.
 */
@ApplicationModule(allowedDependencies = { "database", "exports", "jobs", "matching", "platforms", "platforms :: brevo",
		"segments", "tenants", "web" })
package com.fanbase.campaigns;

import org.springframework.modulith.ApplicationModule;
