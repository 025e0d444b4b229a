package com.fanbase.campaigns;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.database.JsonRows;
import com.fanbase.tenants.TenantId;

/**
 * The {@code audience_campaign_channels} rows: one per channel, holding each step's
 * result (Brevo list and campaign ids, the export) as soon as the step is done, so a
 * restarted launch resumes after the last step it finished.
 */
@Component
class ChannelRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	ChannelRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<CampaignChannel> list(TenantId tenant, long campaign) {
		return this.jdbc
			.sql("""
					select channel, status, brevo_list_id, brevo_campaign_id, export_id, platform_campaign_id, spend_cents, error, spend_synced_at
					from audience_campaign_channels where tenant_id = :tenant and campaign_id = :campaign
					order by array_position(cast(:order as text[]), channel)
					""")
			.param("tenant", tenant.value())
			.param("campaign", campaign)
			.param("order",
					Arrays.stream(CampaignType.Channel.values()).map(CampaignType.Channel::id).toArray(String[]::new))
			.query((rs, row) -> new CampaignChannel(CampaignType.Channel.find(rs.getString("channel")).orElseThrow(),
					ChannelStatus.find(rs.getString("status")).orElseThrow(), rs.getObject("brevo_list_id", Long.class),
					rs.getObject("brevo_campaign_id", Long.class), rs.getObject("export_id", Long.class),
					rs.getString("platform_campaign_id"), rs.getObject("spend_cents", Long.class),
					rs.getString("error"), JsonRows.instant(rs, "spend_synced_at")))
			.list();
	}

	/**
	 * Replaces the campaign's channels (before launch, when its type or settings change).
	 */
	void replace(TenantId tenant, long campaign, List<CampaignType.Channel> channels,
			java.util.Map<String, String> links) {
		this.jdbc.sql("delete from audience_campaign_channels where tenant_id = :tenant and campaign_id = :campaign")
			.param("tenant", tenant.value())
			.param("campaign", campaign)
			.update();
		for (CampaignType.Channel channel : channels) {
			this.jdbc
				.sql("""
						insert into audience_campaign_channels (tenant_id, campaign_id, channel, status, platform_campaign_id, updated_at)
						values (:tenant, :campaign, :channel, 'pending', :link, :now)
						""")
				.param("tenant", tenant.value())
				.param("campaign", campaign)
				.param("channel", channel.id())
				.param("link", links.get(channel.id()))
				.param("now", now())
				.update();
		}
	}

	/** Moves a channel on from {@code from}; answers false when it was not there. */
	boolean advance(TenantId tenant, long campaign, CampaignType.Channel channel, ChannelStatus from,
			ChannelStatus to) {
		return this.jdbc.sql("""
				update audience_campaign_channels set status = :to, updated_at = :now
				where tenant_id = :tenant and campaign_id = :campaign and channel = :channel and status = :from
				""")
			.param("tenant", tenant.value())
			.param("campaign", campaign)
			.param("channel", channel.id())
			.param("from", from.id())
			.param("to", to.id())
			.param("now", now())
			.update() == 1;
	}

	/**
	 * Records a platform id ({@code brevo_list_id}, ...) and the status it leads to, at
	 * once.
	 */
	void recordId(TenantId tenant, long campaign, CampaignType.Channel channel, String column, long value,
			ChannelStatus status) {
		if (!List.of("brevo_list_id", "brevo_campaign_id", "export_id").contains(column)) {
			throw new IllegalArgumentException(column);
		}
		this.jdbc
			.sql("update audience_campaign_channels set " + column + " = :value, status = :status, updated_at = :now"
					+ " where tenant_id = :tenant and campaign_id = :campaign and channel = :channel")
			.param("tenant", tenant.value())
			.param("campaign", campaign)
			.param("channel", channel.id())
			.param("value", value)
			.param("status", status.id())
			.param("now", now())
			.update();
	}

	void fail(TenantId tenant, long campaign, CampaignType.Channel channel, String error) {
		this.jdbc.sql("""
				update audience_campaign_channels set status = 'failed', error = :error, updated_at = :now
				where tenant_id = :tenant and campaign_id = :campaign and channel = :channel
				""")
			.param("tenant", tenant.value())
			.param("campaign", campaign)
			.param("channel", channel.id())
			.param("error", error)
			.param("now", now())
			.update();
	}

	void cancelAll(TenantId tenant, long campaign) {
		this.jdbc.sql("""
				update audience_campaign_channels set status = 'cancelled', updated_at = :now
				where tenant_id = :tenant and campaign_id = :campaign
				""").param("tenant", tenant.value()).param("campaign", campaign).param("now", now()).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
