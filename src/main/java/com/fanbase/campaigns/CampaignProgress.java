package com.fanbase.campaigns;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.tenants.TenantId;

/**
 * Moves a launched campaign on as its channels report: sent (email only) or active (with
 * ads) once every channel is out, failed as soon as one fails. A failed launch forgets
 * its recipient groups, so people who got nothing count against no frequency cap.
 */
@Component
class CampaignProgress {

	private final CampaignRepository campaigns;

	private final ChannelRepository channels;

	private final RecipientTargeting targeting;

	CampaignProgress(CampaignRepository campaigns, ChannelRepository channels, RecipientTargeting targeting) {
		this.campaigns = campaigns;
		this.channels = channels;
		this.targeting = targeting;
	}

	/** Settles a sending campaign whose channels are all out; answers its status. */
	@Transactional
	public CampaignStatus settle(TenantId tenant, long id) {
		Campaign campaign = this.campaigns.find(tenant, id).orElseThrow();
		if (campaign.status() != CampaignStatus.SENDING) {
			return campaign.status();
		}
		CampaignChannel failed = campaign.channels()
			.stream()
			.filter((channel) -> channel.status() == ChannelStatus.FAILED)
			.findFirst()
			.orElse(null);
		if (failed != null) {
			fail(tenant, id, null, failed.channel().id() + ": " + failed.error());
			return CampaignStatus.FAILED;
		}
		if (campaign.channels().stream().allMatch(CampaignChannel::isOut)) {
			CampaignStatus next = campaign.hasAdChannel() ? CampaignStatus.ACTIVE : CampaignStatus.SENT;
			this.campaigns.transition(tenant, id, CampaignStatus.SENDING, next, null);
			return next;
		}
		return CampaignStatus.SENDING;
	}

	/** Fails a sending campaign (and the channel at fault, if named) with the reason. */
	@Transactional
	public void fail(TenantId tenant, long id, CampaignType.Channel channel, String reason) {
		String error = (reason != null && reason.length() > 1000) ? reason.substring(0, 1000) : reason;
		if (channel != null) {
			this.channels.fail(tenant, id, channel, error);
		}
		if (this.campaigns.transition(tenant, id, CampaignStatus.SENDING, CampaignStatus.FAILED, error)) {
			this.targeting.forget(tenant, id);
		}
	}

}
