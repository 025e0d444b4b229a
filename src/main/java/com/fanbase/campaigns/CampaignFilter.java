package com.fanbase.campaigns;

/** Which campaigns to list; a null field does not filter. */
public record CampaignFilter(CampaignStatus status, CampaignType type, Long eventId) {

	public static final CampaignFilter ALL = new CampaignFilter(null, null, null);

}
