package com.fanbase.campaigns.stats;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.platforms.PlatformException;
import com.fanbase.platforms.PlatformRateLimitedException;
import com.fanbase.platforms.brevo.BrevoStatistics;
import com.fanbase.tenants.TenantId;

/**
 * Reads Brevo's statistics of recently sent email campaigns into their channel's
 * {@code platform_stats}, least recently synced first, within each tenant's hourly
 * budget. A tenant without working Brevo credentials, out of budget or told to wait is
 * skipped until the next run; nothing is lost, the next run picks up where this one
 * stopped.
 */
@Component
class StatisticsSync {

	private static final Logger log = LoggerFactory.getLogger(StatisticsSync.class);

	/**
	 * Each tenant's due channels, least recently synced first, at most a budget's worth.
	 */
	private static final String DUE = """
			select tenant_id, campaign_id, brevo_campaign_id from (
			    select ch.tenant_id, ch.campaign_id, ch.brevo_campaign_id, ch.stats_synced_at,
			        coalesce(c.sent_at, c.launched_at) as sent_at,
			        row_number() over (partition by ch.tenant_id
			            order by ch.stats_synced_at nulls first, coalesce(c.sent_at, c.launched_at), ch.campaign_id) as rank
			    from audience_campaign_channels ch
			    join audience_campaigns c on c.tenant_id = ch.tenant_id and c.id = ch.campaign_id
			    where ch.channel = 'email' and ch.brevo_campaign_id is not null
			      and c.status in ('sending', 'sent', 'active', 'completed')
			      and coalesce(c.sent_at, c.launched_at) >= :now - make_interval(days => :days)
			      and (cast(:only as bigint) is null or ch.tenant_id = cast(:only as bigint))
			) due
			where rank <= :budget
			order by stats_synced_at nulls first, sent_at, tenant_id, campaign_id
			limit 5000
			""";

	private final JdbcClient jdbc;

	private final BrevoStatistics brevo;

	private final SyncBudget budget;

	private final CampaignStatsProperties properties;

	private final Clock clock;

	StatisticsSync(JdbcClient jdbc, BrevoStatistics brevo, SyncBudget budget, CampaignStatsProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.brevo = brevo;
		this.budget = budget;
		this.properties = properties;
		this.clock = clock;
	}

	/** Syncs every tenant's due campaigns; answers how many were read. */
	int syncDue() {
		return syncDue(null, this.properties.syncBudgetPerHour());
	}

	/** Syncs the due campaigns of one tenant (or all when null) within the budget. */
	int syncDue(TenantId only, int budgetPerHour) {
		List<Due> due = this.jdbc.sql(DUE)
			.param("now", OffsetDateTime.now(this.clock))
			.param("days", this.properties.syncWithinDays())
			.param("budget", budgetPerHour)
			.param("only", (only != null) ? only.value() : null, java.sql.Types.BIGINT)
			.query((rs, row) -> new Due(TenantId.of(rs.getLong("tenant_id")), rs.getLong("campaign_id"),
					rs.getLong("brevo_campaign_id")))
			.list();
		Set<TenantId> stopped = new HashSet<>();
		int synced = 0;
		for (Due campaign : due) {
			if (stopped.contains(campaign.tenant()) || !this.budget.claim(campaign.tenant(), budgetPerHour)) {
				stopped.add(campaign.tenant());
				continue;
			}
			if (sync(campaign, stopped)) {
				synced++;
			}
		}
		return synced;
	}

	private boolean sync(Due campaign, Set<TenantId> stopped) {
		try {
			JsonNode stats = this.brevo.globalStats(campaign.tenant(), campaign.brevoCampaignId(),
					this.properties.syncLongestWait());
			store(campaign, stats.toString());
			return true;
		}
		catch (PlatformRateLimitedException ex) {
			this.budget.pause(campaign.tenant(), ex.after());
			stopped.add(campaign.tenant());
			log.info("Brevo statistics sync of tenant {} paused for {} s (rate limit)", campaign.tenant(),
					ex.after().toSeconds());
		}
		catch (PlatformException ex) {
			if (ex.kind() != PlatformException.Kind.REJECTED) {
				stopped.add(campaign.tenant());
			}
			else {
				store(campaign, null);
			}
			log.warn("Brevo statistics of campaign {} of tenant {} not read: {}", campaign.campaignId(),
					campaign.tenant(), ex.getMessage());
		}
		return false;
	}

	/**
	 * Keeps the last statistics when Brevo refused the request, but moves on to others.
	 */
	private void store(Due campaign, String stats) {
		this.jdbc.sql("""
				update audience_campaign_channels
				set platform_stats = coalesce(cast(:stats as jsonb), platform_stats), stats_synced_at = :now
				where tenant_id = :tenant and campaign_id = :campaign and channel = 'email'
				""")
			.param("tenant", campaign.tenant().value())
			.param("campaign", campaign.campaignId())
			.param("stats", stats, java.sql.Types.VARCHAR)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	private record Due(TenantId tenant, long campaignId, long brevoCampaignId) {
	}

}
