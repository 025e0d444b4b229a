package com.fanbase.campaigns;

import java.time.Instant;
import java.util.Map;

/**
 * What it takes to create a campaign. A {@code scheduledAt} (in the future) makes it
 * scheduled, otherwise it is a draft.
 */
public record CampaignDraft(long segmentId, Long eventId, String name, CampaignType type, Map<String, Object> settings,
		Instant scheduledAt, Long budgetCents, Long costCents, int holdoutPercent) {

}
