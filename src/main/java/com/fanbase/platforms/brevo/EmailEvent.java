package com.fanbase.platforms.brevo;

import java.time.Instant;

/**
 * One delivery event from a Brevo marketing webhook, as the table stores it. The email is
 * only used to find the recipient and is never logged.
 *
 * @param event {@code delivered}, {@code opened}, {@code clicked}, {@code soft_bounce},
 * {@code hard_bounce}, {@code unsubscribed} or {@code spam}
 * @param brevoCampaignId Brevo's {@code camp_id}
 * @param prefetched whether the payload's user agent is a known prefetcher
 */
public record EmailEvent(String event, long brevoCampaignId, String email, Instant occurredAt, boolean prefetched) {

	@Override
	public String toString() {
		return "EmailEvent[" + this.event + ", camp_id " + this.brevoCampaignId + ", " + this.occurredAt + "]";
	}

}
