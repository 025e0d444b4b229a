package com.fanbase.campaigns;

import java.time.Instant;

/**
 * One channel of a campaign and where it lives on its platform.
 *
 * @param status see {@link ChannelStatus}
 * @param exportId the export carrying an ad channel's audience
 * @param platformCampaignId the ad platform's campaign linked for spend, if the tenant
 * gave one
 * @param spendCents the linked platform campaign's spend as last read from the platform
 * @param spendSyncedAt when that spend was read
 */
public record CampaignChannel(CampaignType.Channel channel, ChannelStatus status, Long brevoListId,
		Long brevoCampaignId, Long exportId, String platformCampaignId, Long spendCents, String error,
		Instant spendSyncedAt) {

	/** The channel's audience is out: the email was sent or the ad audience is live. */
	public boolean isOut() {
		return this.status.isOut();
	}

}
