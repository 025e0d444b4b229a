package com.fanbase.campaigns;

import com.fanbase.platforms.Platform;
import com.fanbase.tenants.TenantId;

/**
 * How a launch sends through one kind of channel (email, an ad audience; SMS would be a
 * third). A launch first {@link #start starts} every channel (work that goes on in the
 * background, such as an ad export), then {@link #finish finishes} each (work done in the
 * launch job, such as the email's steps), then {@link #check checks} what the background
 * work has reached. Each step is recorded on the channel row, so a re-run launch goes on
 * where it stopped.
 */
interface ChannelSender {

	/** The kind of channel this sender carries. */
	Platform.Kind kind();

	/**
	 * Starts what runs in the background; a failure here fails the campaign without
	 * naming the channel.
	 */
	default void start(TenantId tenant, Campaign campaign, CampaignChannel channel) {
	}

	/** Does the launch job's own steps; a failure here fails the channel too. */
	default void finish(TenantId tenant, Campaign campaign, CampaignChannel channel) {
	}

	/**
	 * Moves this kind's channels of the campaign whose background work settled; answers
	 * how many moved.
	 */
	default int check(TenantId tenant, long campaignId) {
		return 0;
	}

}
