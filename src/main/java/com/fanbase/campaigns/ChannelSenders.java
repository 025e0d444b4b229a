package com.fanbase.campaigns;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fanbase.platforms.Platform;

/** The sender of every kind of channel; a kind without one fails at start-up. */
@Component
class ChannelSenders {

	private final Map<Platform.Kind, ChannelSender> senders = new EnumMap<>(Platform.Kind.class);

	ChannelSenders(List<ChannelSender> senders) {
		senders.forEach((sender) -> {
			if (this.senders.put(sender.kind(), sender) != null) {
				throw new IllegalStateException("Two senders for " + sender.kind() + " channels");
			}
		});
		for (Platform.Kind kind : Platform.Kind.values()) {
			if (!this.senders.containsKey(kind)) {
				throw new IllegalStateException("No sender for " + kind + " channels");
			}
		}
	}

	ChannelSender of(CampaignChannel channel) {
		return this.senders.get(channel.channel().kind());
	}

	Collection<ChannelSender> all() {
		return this.senders.values();
	}

}
