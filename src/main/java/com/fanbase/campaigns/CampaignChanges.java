package com.fanbase.campaigns;

import java.time.Instant;
import java.util.Map;

/**
 * A partial update of a campaign: a null field is left as it is. {@code settings} are
 * merged key by key (a null value removes the key); {@code unschedule} clears
 * {@code scheduled_at} (back to draft), {@code clearEvent} clears {@code event_id}. Only
 * {@code costCents} may change after launch.
 */
public record CampaignChanges(String name, Long segmentId, Long eventId, boolean clearEvent,
		Map<String, Object> settings, Instant scheduledAt, boolean unschedule, Long budgetCents, Long costCents,
		Integer holdoutPercent) {

	public static CampaignChanges cost(long costCents) {
		return new CampaignChanges(null, null, null, false, null, null, false, null, costCents, null);
	}

	/** Whether anything other than the cost changes. */
	public boolean changesMoreThanCost() {
		return this.name != null || this.segmentId != null || this.eventId != null || this.clearEvent
				|| this.settings != null || this.scheduledAt != null || this.unschedule || this.budgetCents != null
				|| this.holdoutPercent != null;
	}

}
