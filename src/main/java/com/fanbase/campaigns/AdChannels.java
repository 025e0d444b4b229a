package com.fanbase.campaigns;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.exports.Export;
import com.fanbase.exports.Exports;
import com.fanbase.platforms.Platform;
import com.fanbase.platforms.Platforms;
import com.fanbase.tenants.TenantId;

/**
 * Ad channels: the segment is exported to the platform through the exports module (a
 * repeated export of the same segment is a delta sync of the existing audience), and the
 * channel turns active once that sync has settled.
 */
@Component
class AdChannels implements ChannelSender {

	private static final String EXPORTING = """
			select ch.tenant_id, ch.campaign_id from audience_campaign_channels ch
			join audience_campaigns c on c.tenant_id = ch.tenant_id and c.id = ch.campaign_id
			where ch.status = 'exporting' and c.status = 'sending'
			order by ch.updated_at limit 500
			""";

	private final Exports exports;

	private final ChannelRepository channels;

	private final CampaignProgress progress;

	private final JdbcClient jdbc;

	private final Platforms platforms;

	AdChannels(Exports exports, ChannelRepository channels, CampaignProgress progress, JdbcClient jdbc,
			Platforms platforms) {
		this.platforms = platforms;
		this.exports = exports;
		this.channels = channels;
		this.progress = progress;
		this.jdbc = jdbc;
	}

	@Override
	public Platform.Kind kind() {
		return Platform.Kind.ADS;
	}

	/** Starts the export of an ad channel not yet exported. */
	@Override
	public void start(TenantId tenant, Campaign campaign, CampaignChannel channel) {
		if (channel.status() == ChannelStatus.PENDING) {
			String name = "Fanbase campaign " + campaign.id() + ": " + campaign.name();
			Export export = this.exports.export(tenant, this.platforms.require(channel.channel().platformId()),
					campaign.segmentId(), (name.length() > 128) ? name.substring(0, 128) : name);
			this.channels.recordId(tenant, campaign.id(), channel.channel(), "export_id", export.id(),
					ChannelStatus.EXPORTING);
		}
	}

	/**
	 * Turns the channels whose export has settled active (or failed), and settles their
	 * campaigns; answers how many channels moved.
	 */
	int checkExports() {
		List<long[]> due = this.jdbc.sql(EXPORTING)
			.query((rs, row) -> new long[] { rs.getLong("tenant_id"), rs.getLong("campaign_id") })
			.list();
		int moved = 0;
		for (long[] row : due) {
			moved += check(TenantId.of(row[0]), row[1]);
		}
		return moved;
	}

	@Override
	public int check(TenantId tenant, long campaignId) {
		int moved = 0;
		for (CampaignChannel channel : this.channels.list(tenant, campaignId)) {
			if (channel.status() != ChannelStatus.EXPORTING) {
				continue;
			}
			Export export = this.exports.find(tenant, channel.exportId()).orElse(null);
			String status = (export != null) ? export.status() : "failed";
			if (status.equals("completed") || status.equals("partially_failed")) {
				moved += this.channels.advance(tenant, campaignId, channel.channel(), ChannelStatus.EXPORTING,
						ChannelStatus.ACTIVE) ? 1 : 0;
			}
			else if (status.equals("failed")) {
				this.progress.fail(tenant, campaignId, channel.channel(),
						"The export failed: " + ((export != null) ? export.error() : "it was deleted"));
				moved++;
			}
		}
		this.progress.settle(tenant, campaignId);
		return moved;
	}

}
