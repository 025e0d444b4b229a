package com.fanbase.campaigns;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fanbase.platforms.Platform;

/**
 * What a campaign sends: an email through Brevo, an ad audience on one platform, or
 * several channels at once (named in its settings).
 */
public enum CampaignType {

	EMAIL(List.of(Channel.EMAIL)), META_ADS(List.of(Channel.META)), GOOGLE_ADS(List.of(Channel.GOOGLE)),
	TIKTOK_ADS(List.of(Channel.TIKTOK)), MULTI_CHANNEL(List.of());

	private final List<Channel> channels;

	CampaignType(List<Channel> channels) {
		this.channels = channels;
	}

	/** The channels of a single-channel type; empty for {@link #MULTI_CHANNEL}. */
	public List<Channel> fixedChannels() {
		return this.channels;
	}

	public String id() {
		return name().toLowerCase();
	}

	public static Optional<CampaignType> find(String id) {
		return Arrays.stream(values()).filter((type) -> type.id().equals(id)).findFirst();
	}

	/** A way of reaching the audience. */
	public enum Channel {

		EMAIL("brevo", Platform.Kind.EMAIL), META("meta", Platform.Kind.ADS), GOOGLE("google", Platform.Kind.ADS),
		TIKTOK("tiktok", Platform.Kind.ADS);

		private final String platformId;

		private final Platform.Kind kind;

		Channel(String platformId, Platform.Kind kind) {
			this.platformId = platformId;
			this.kind = kind;
		}

		/** Which kind of channel this is: its {@link ChannelSender}'s. */
		public Platform.Kind kind() {
			return this.kind;
		}

		/** The id of the platform the channel goes through, in the platform registry. */
		public String platformId() {
			return this.platformId;
		}

		public String id() {
			return name().toLowerCase();
		}

		public boolean isAd() {
			return this.kind == Platform.Kind.ADS;
		}

		public static Optional<Channel> find(String id) {
			return Arrays.stream(values()).filter((channel) -> channel.id().equals(id)).findFirst();
		}

	}

}
