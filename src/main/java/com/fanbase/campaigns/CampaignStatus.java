package com.fanbase.campaigns;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a campaign stands: draft → scheduled → sending → sent (email) or active (ads, and
 * multi-channel once every channel is out) → completed; or failed, or cancelled before
 * launch. {@link #next()} is the whole machine.
 */
public enum CampaignStatus {

	DRAFT, SCHEDULED, SENDING, SENT, ACTIVE, COMPLETED, FAILED, CANCELLED;

	public String id() {
		return name().toLowerCase();
	}

	/** The statuses this one may turn into. */
	public Set<CampaignStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SCHEDULED, SENDING, CANCELLED);
			case SCHEDULED -> EnumSet.of(DRAFT, SENDING, CANCELLED, FAILED);
			case SENDING -> EnumSet.of(SENT, ACTIVE, FAILED);
			case SENT, ACTIVE -> EnumSet.of(COMPLETED);
			case COMPLETED, FAILED, CANCELLED -> EnumSet.noneOf(CampaignStatus.class);
		};
	}

	public boolean canBecome(CampaignStatus status) {
		return next().contains(status);
	}

	/** Scheduled, sending or active ads: under way, as the dashboard counts them. */
	public boolean isUnderWay() {
		return switch (this) {
			case SCHEDULED, SENDING, ACTIVE -> true;
			case DRAFT, SENT, COMPLETED, FAILED, CANCELLED -> false;
		};
	}

	/** Draft or scheduled: not launched yet, so still editable. */
	public boolean isEditable() {
		return this == DRAFT || this == SCHEDULED;
	}

	public static Optional<CampaignStatus> find(String id) {
		return Arrays.stream(values()).filter((status) -> status.id().equals(id)).findFirst();
	}

}
