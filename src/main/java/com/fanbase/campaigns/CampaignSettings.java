package com.fanbase.campaigns;

/**
 * A tenant's campaign settings: no customer gets more than {@code frequencyCapEmails}
 * campaign emails per {@code frequencyCapHours} (0 hours: no cap); a paid order within
 * {@code attributionDays} after a send is attributed to the campaign.
 */
public record CampaignSettings(int frequencyCapEmails, int frequencyCapHours, int attributionDays) {

	public static final CampaignSettings DEFAULTS = new CampaignSettings(1, 16, 7);

}
