package com.fanbase.campaigns;

/**
 * Counts fixed at launch (all zero before).
 *
 * @param segmentMembers members of the segment at launch
 * @param targeted members the campaign went to (email recipients, or the ad audience)
 * @param heldOut members kept out by the holdout
 * @param capped members skipped by the frequency cap
 * @param withoutConsent members without the channel's consent or a usable email
 * @param suppressed members on the suppression list
 */
public record CampaignFigures(long segmentMembers, long targeted, long heldOut, long capped, long withoutConsent,
		long suppressed) {

	public static final CampaignFigures NONE = new CampaignFigures(0, 0, 0, 0, 0, 0);

}
