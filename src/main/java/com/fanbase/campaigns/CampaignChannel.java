package com.fanbase.campaigns;

/**
 * One channel of a campaign and where it lives on its platform.
 *
 * @param status {@code pending} before launch; email: {@code targeted},
 * {@code list_created}, {@code imported}, {@code campaign_created},
 * {@code send_requested}, {@code sent}; ads: {@code exporting}, {@code active}; or
 * {@code failed}, {@code cancelled}
 * @param exportId the export carrying an ad channel's audience
 * @param platformCampaignId the ad platform's campaign linked for spend, if the tenant
 * gave one
 */
public record CampaignChannel(CampaignType.Channel channel, String status, Long brevoListId, Long brevoCampaignId,
		Long exportId, String platformCampaignId, Long spendCents, String error) {

	/** The channel's audience is out: the email was sent or the ad audience is live. */
	public boolean isOut() {
		return "sent".equals(this.status) || "active".equals(this.status);
	}

}
