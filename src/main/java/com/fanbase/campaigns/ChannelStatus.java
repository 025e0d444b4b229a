package com.fanbase.campaigns;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where one channel of a campaign stands. Every channel starts {@link #PENDING}. Email
 * goes step by step, each step recorded before the next: {@link #TARGETED} →
 * {@link #LIST_CREATED} → {@link #IMPORTED} → {@link #CAMPAIGN_REQUESTED} →
 * {@link #CAMPAIGN_CREATED} → {@link #SEND_REQUESTED} → {@link #SENT}. An ad audience
 * goes {@link #EXPORTING} → {@link #ACTIVE}. Any channel may end {@link #FAILED} or
 * {@link #CANCELLED}. The ids are the API's and the database's.
 */
public enum ChannelStatus {

	PENDING, TARGETED, LIST_CREATED, IMPORTED, CAMPAIGN_REQUESTED, CAMPAIGN_CREATED, SEND_REQUESTED, SENT, EXPORTING,
	ACTIVE, FAILED, CANCELLED;

	public String id() {
		return name().toLowerCase();
	}

	/** The channel's audience is out: the email was sent or the ad audience is live. */
	public boolean isOut() {
		return this == SENT || this == ACTIVE;
	}

	public static Optional<ChannelStatus> find(String id) {
		return Arrays.stream(values()).filter((status) -> status.id().equals(id)).findFirst();
	}

	@Override
	public String toString() {
		return id();
	}

}
