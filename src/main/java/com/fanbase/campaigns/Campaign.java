package com.fanbase.campaigns;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fanbase.platforms.Platform;

import com.fanbase.tenants.Actor;

/**
 * A campaign as its users see it. {@code settings} hold the channel-specific fields
 * (email: {@code subject}, {@code sender_name}, {@code sender_email},
 * {@code html_content}; multi-channel: {@code channels}; ads:
 * {@code platform_campaign_id}, {@code ends_at}). Money is in cents of {@code currency},
 * the tenant's. {@code scheduledBy} is who last saved it as scheduled (null otherwise):
 * the scheduler launches it with that actor's role.
 */
public record Campaign(long id, long tenantId, long segmentId, Long eventId, String name, CampaignType type,
		CampaignStatus status, Map<String, Object> settings, Instant scheduledAt, int holdoutPercent, Long budgetCents,
		Long costCents, String currency, List<CampaignChannel> channels, CampaignFigures figures, String error,
		Instant launchedAt, Instant sentAt, Instant completedAt, Instant cancelledAt, Instant createdAt,
		Instant updatedAt, Actor scheduledBy) {

	public boolean hasChannel(CampaignType.Channel channel) {
		return this.channels.stream().anyMatch((found) -> found.channel() == channel);
	}

	/** The kinds of its channels, in {@link Platform.Kind} order. */
	public Set<Platform.Kind> kinds() {
		Set<Platform.Kind> kinds = EnumSet.noneOf(Platform.Kind.class);
		this.channels.forEach((channel) -> kinds.add(channel.channel().kind()));
		return kinds;
	}

	public boolean hasAdChannel() {
		return this.channels.stream().anyMatch((found) -> found.channel().isAd());
	}

	/** A text setting, or null when absent. */
	public String setting(String name) {
		Object value = this.settings.get(name);
		return (value != null) ? value.toString() : null;
	}

}
