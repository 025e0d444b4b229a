package com.fanbase.campaigns.spend;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.platforms.Platform;
import com.fanbase.platforms.PlatformException;
import com.fanbase.platforms.Platforms;
import com.fanbase.tenants.TenantId;

/**
 * Reads the spend of ad channels linked to a platform campaign
 * ({@code platform_campaign_id}) from the platform's reporting endpoint into
 * {@code spend_cents}, which the stats take as the cost when the campaign has no
 * {@code cost_cents}. Each active channel (of an active campaign, or one completed within
 * {@code spend-after-completion}) is claimed at most once per {@code spend-refresh} by a
 * conditional update (so once across replicas, failures included); a failure, missing
 * credentials among them, is recorded in the channel's {@code error} and never fails the
 * campaign; the next successful read clears it. A platform asking to wait longer than a
 * minute is given up on until the next period, so no thread waits out a rate limit.
 */
@Component
public class AdSpend {

	private static final Logger log = LoggerFactory.getLogger(AdSpend.class);

	private static final String CLAIM = """
			update audience_campaign_channels ch set spend_checked_at = :now
			from (select d.tenant_id, d.campaign_id, d.channel from audience_campaign_channels d
			      join audience_campaigns c on c.tenant_id = d.tenant_id and c.id = d.campaign_id
			      where d.status = 'active' and d.platform_campaign_id is not null
			        and d.channel in ('meta', 'google', 'tiktok')
			        and (c.status = 'active' or (c.status = 'completed' and c.completed_at > :recent))
			        and (d.spend_checked_at is null or d.spend_checked_at <= :stale)
			      order by d.spend_checked_at nulls first limit :limit
			      for update of d skip locked) due
			where ch.tenant_id = due.tenant_id and ch.campaign_id = due.campaign_id and ch.channel = due.channel
			returning ch.tenant_id, ch.campaign_id, ch.channel, ch.platform_campaign_id
			""";

	private static final String READ = """
			update audience_campaign_channels set spend_cents = :cents, spend_synced_at = :now, error = null
			where tenant_id = :tenant and campaign_id = :campaign and channel = :channel
			""";

	private static final String FAILED = """
			update audience_campaign_channels set error = :error
			where tenant_id = :tenant and campaign_id = :campaign and channel = :channel
			""";

	private final JdbcClient jdbc;

	private final Platforms platforms;

	private final SpendProperties properties;

	private final Clock clock;

	AdSpend(JdbcClient jdbc, Platforms platforms, SpendProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.platforms = platforms;
		this.properties = properties;
		this.clock = clock;
	}

	/** Reads the spend of the channels that are due; answers how many were read. */
	public int refreshDue() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Due> due = this.jdbc.sql(CLAIM)
			.param("now", now)
			.param("recent", now.minus(this.properties.spendAfterCompletion()))
			.param("stale", now.minus(this.properties.spendRefresh()))
			.param("limit", 200)
			.query((rs, row) -> new Due(TenantId.of(rs.getLong("tenant_id")), rs.getLong("campaign_id"),
					rs.getString("channel"), rs.getString("platform_campaign_id")))
			.list();
		int read = 0;
		for (Due channel : due) {
			read += refresh(channel) ? 1 : 0;
		}
		return read;
	}

	private boolean refresh(Due due) {
		Platform platform = this.platforms.require(due.channel());
		try {
			long cents = this.platforms.lifetimeSpendCents(due.tenant(), platform, due.platformCampaignId());
			update(READ, due).param("cents", cents).param("now", OffsetDateTime.now(this.clock)).update();
			return true;
		}
		catch (PlatformException ex) {
			fail(due, ex.getMessage());
		}
		catch (RuntimeException ex) {
			// the exception's message may carry a request URI with a token: never logged
			log.warn("Could not read the {} spend of campaign {} of tenant {}: {}", platform.id(), due.campaign(),
					due.tenant().value(), ex.getClass().getName());
			fail(due, "unexpected answer (" + ex.getClass().getSimpleName() + ")");
		}
		return false;
	}

	private void fail(Due due, String message) {
		String error = "Spend not read from " + due.channel() + ": " + message;
		update(FAILED, due).param("error", (error.length() > 1000) ? error.substring(0, 1000) : error).update();
	}

	private JdbcClient.StatementSpec update(String sql, Due due) {
		return this.jdbc.sql(sql)
			.param("tenant", due.tenant().value())
			.param("campaign", due.campaign())
			.param("channel", due.channel());
	}

	private record Due(TenantId tenant, long campaign, String channel, String platformCampaignId) {
	}

}
