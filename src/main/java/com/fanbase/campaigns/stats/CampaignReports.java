package com.fanbase.campaigns.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.stereotype.Component;

import com.fanbase.campaigns.CampaignStatus;
import com.fanbase.tenants.TenantId;

/**
 * What campaigns achieved: one campaign's stats, and the totals of a period for the
 * dashboard.
 */
@Component
public class CampaignReports {

	private final CampaignStatsQueries queries;

	CampaignReports(CampaignStatsQueries queries) {
		this.queries = queries;
	}

	/** The campaign's stats; empty when the tenant has no such campaign. */
	public Optional<CampaignStats> stats(TenantId tenant, long campaignId) {
		return this.queries.figures(tenant, campaignId).map(StatsFormulas::stats);
	}

	/**
	 * Campaigns under way (scheduled, sending or active ads) and the totals of those sent
	 * or launched since the time.
	 */
	public Overview overview(TenantId tenant, Instant since) {
		Map<String, Long> byStatus = this.queries.countByStatus(tenant);
		long active = Arrays.stream(CampaignStatus.values())
			.filter(CampaignStatus::isUnderWay)
			.mapToLong((status) -> byStatus.getOrDefault(status.id(), 0L))
			.sum();
		long campaigns = 0;
		long sent = 0;
		long opens = 0;
		long clicks = 0;
		long conversions = 0;
		long revenue = 0;
		Long cost = null;
		for (long id : this.queries.launchedSince(tenant, since)) {
			CampaignStats stats = stats(tenant, id).orElse(null);
			if (stats == null) {
				continue;
			}
			campaigns++;
			sent += stats.sent();
			opens += stats.opens();
			clicks += stats.clicks();
			conversions += stats.conversions();
			revenue += stats.revenueCents();
			if (stats.costCents() != null) {
				cost = ((cost != null) ? cost : 0L) + stats.costCents();
			}
		}
		return new Overview(active, byStatus, new Period(since, campaigns, sent, opens, clicks, conversions, revenue,
				cost, StatsFormulas.roas(revenue, cost)));
	}

	/** Campaigns under way, campaigns per status, and the period's totals. */
	public record Overview(long active, Map<String, Long> byStatus, Period recent) {
	}

	/**
	 * Totals of the campaigns sent or launched since {@code since}; {@code roas} is their
	 * revenue over their known cost.
	 */
	public record Period(Instant since, long campaigns, long sent, long opens, long clicks, long conversions,
			long revenueCents, @JsonInclude(JsonInclude.Include.ALWAYS) Long costCents,
			@JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal roas) {
	}

}
