package com.fanbase.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.matching.EventNotFoundException;
import com.fanbase.segments.Segments;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * What a campaign must be to be saved: every problem is reported at once, by JSON pointer
 * into the request. Email fields may be missing until launch (a draft is written in
 * several sittings); their form is checked as soon as they are given.
 */
@Component
class CampaignRules {

	static final Set<String> EMAIL_FIELDS = Set.of("subject", "sender_name", "sender_email", "html_content");

	private static final Set<String> AD_FIELDS = Set.of("platform_campaign_id", "ends_at");

	private final Segments segments;

	private final JdbcClient jdbc;

	private final Clock clock;

	CampaignRules(Segments segments, JdbcClient jdbc, Clock clock) {
		this.segments = segments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Checks the campaign's fields (a draft, or a campaign with changes applied); the
	 * segment and event must be the tenant's.
	 */
	void check(TenantId tenant, long segmentId, Long eventId, String name, CampaignType type,
			Map<String, Object> settings, Instant scheduledAt, boolean scheduleChanged, Long budget, Long cost,
			int holdout) {
		Violations violations = new Violations();
		violations.check(name != null && !name.isBlank(), "/name", "is required")
			.check(name == null || name.strip().length() <= 200, "/name", "must be at most 200 characters")
			.check(holdout >= 0 && holdout <= 50, "/holdout_percent", "must be an integer from 0 to 50")
			.check(budget == null || budget >= 0, "/budget_cents", "must not be negative")
			.check(cost == null || cost >= 0, "/cost_cents", "must not be negative")
			.check(!scheduleChanged || scheduledAt == null || scheduledAt.isAfter(this.clock.instant()),
					"/scheduled_at", "must be in the future");
		List<CampaignType.Channel> channels = checkSettings(violations, type, settings);
		boolean ads = channels.stream().anyMatch(CampaignType.Channel::isAd);
		violations.check(holdout == 0 || !ads, "/holdout_percent",
				"a holdout is only possible for email-only campaigns: an ad audience is the whole segment, so no one"
						+ " can be held out of it honestly");
		violations.throwIfAny();
		this.segments.require(tenant, segmentId);
		if (eventId != null && !eventExists(tenant, eventId)) {
			throw new EventNotFoundException(eventId);
		}
	}

	/** The channels a campaign of this type with these settings reaches. */
	static List<CampaignType.Channel> channels(CampaignType type, Map<String, Object> settings) {
		if (type != CampaignType.MULTI_CHANNEL) {
			return type.fixedChannels();
		}
		List<CampaignType.Channel> channels = new ArrayList<>();
		if (settings.get("channels") instanceof List<?> ids) {
			for (Object id : ids) {
				CampaignType.Channel.find(String.valueOf(id))
					.filter((channel) -> !channels.contains(channel))
					.ifPresent(channels::add);
			}
		}
		return channels;
	}

	/** The platform campaign ids the tenant linked, by channel id. */
	static Map<String, String> links(CampaignType type, Map<String, Object> settings) {
		Map<String, String> links = new LinkedHashMap<>();
		if (type == CampaignType.MULTI_CHANNEL) {
			if (settings.get("platform_campaign_ids") instanceof Map<?, ?> ids) {
				ids.forEach((channel, id) -> links.put(String.valueOf(channel), String.valueOf(id)));
			}
		}
		else if (settings.get("platform_campaign_id") != null) {
			links.put(type.fixedChannels().get(0).id(), String.valueOf(settings.get("platform_campaign_id")));
		}
		return links;
	}

	private List<CampaignType.Channel> checkSettings(Violations violations, CampaignType type,
			Map<String, Object> settings) {
		List<CampaignType.Channel> channels = channels(type, settings);
		if (type == CampaignType.MULTI_CHANNEL) {
			checkChannels(violations, settings.get("channels"));
		}
		boolean email = channels.contains(CampaignType.Channel.EMAIL);
		boolean ads = channels.stream().anyMatch(CampaignType.Channel::isAd);
		for (Map.Entry<String, Object> entry : settings.entrySet()) {
			String key = entry.getKey();
			Object value = entry.getValue();
			String pointer = "/settings/" + key;
			if (EMAIL_FIELDS.contains(key)) {
				violations.check(email, pointer, "is only for campaigns with an email channel");
				violations.check(value instanceof String, pointer, "must be a string");
			}
			else if (AD_FIELDS.contains(key) || key.equals("platform_campaign_ids")) {
				violations.check(ads, pointer, "is only for campaigns with an ad channel");
			}
			else if (!key.equals("channels") || type != CampaignType.MULTI_CHANNEL) {
				violations.add(pointer, "is not a setting of " + type.id() + " campaigns");
			}
		}
		checkEmailFields(violations, settings);
		checkAdFields(violations, type, settings);
		return channels;
	}

	private static void checkChannels(Violations violations, Object value) {
		if (!(value instanceof List<?> ids) || ids.isEmpty()) {
			violations.add("/settings/channels", "must list the channels: email, meta, google, tiktok");
			return;
		}
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String id = String.valueOf(ids.get(i));
			violations.check(CampaignType.Channel.find(id).isPresent(), "/settings/channels/" + i,
					"must be email, meta, google or tiktok");
			violations.check(!seen.contains(id), "/settings/channels/" + i, "is listed twice");
			seen.add(id);
		}
	}

	private static void checkEmailFields(Violations violations, Map<String, Object> settings) {
		if (settings.get("sender_email") instanceof String sender) {
			violations.check(sender.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "/settings/sender_email",
					"must be an email address");
		}
		if (settings.get("subject") instanceof String subject) {
			violations.check(!subject.isBlank() && subject.length() <= 255, "/settings/subject",
					"must be 1 to 255 characters");
		}
		if (settings.get("sender_name") instanceof String sender) {
			violations.check(!sender.isBlank() && sender.length() <= 100, "/settings/sender_name",
					"must be 1 to 100 characters");
		}
		if (settings.get("html_content") instanceof String html) {
			violations.check(!html.isBlank(), "/settings/html_content", "must not be blank");
		}
	}

	private static void checkAdFields(Violations violations, CampaignType type, Map<String, Object> settings) {
		Object ends = settings.get("ends_at");
		if (ends != null) {
			violations.check(ends instanceof String text && parses(text), "/settings/ends_at",
					"must be an ISO-8601 instant such as 2026-12-31T23:00:00Z");
		}
		Object link = settings.get("platform_campaign_id");
		if (link != null) {
			violations.check(type != CampaignType.MULTI_CHANNEL, "/settings/platform_campaign_id",
					"multi-channel campaigns name theirs in platform_campaign_ids, by channel");
			violations.check(link instanceof String text && !text.isBlank() && text.length() <= 100,
					"/settings/platform_campaign_id", "must be a string of at most 100 characters");
		}
		Object links = settings.get("platform_campaign_ids");
		if (links != null) {
			List<CampaignType.Channel> channels = channels(type, settings);
			if (!(links instanceof Map<?, ?> ids) || type != CampaignType.MULTI_CHANNEL) {
				violations.add("/settings/platform_campaign_ids",
						"must be an object of ad channel to platform campaign id, for multi-channel campaigns");
				return;
			}
			ids.forEach((channel, id) -> violations.check(
					CampaignType.Channel.find(String.valueOf(channel))
						.filter((found) -> found.isAd() && channels.contains(found))
						.isPresent() && id instanceof String text && !text.isBlank(),
					"/settings/platform_campaign_ids/" + channel,
					"must be one of the campaign's ad channels with an id"));
		}
	}

	static boolean parses(String text) {
		try {
			Instant.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private boolean eventExists(TenantId tenant, long eventId) {
		return this.jdbc.sql("select count(*) from events where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", eventId)
			.query(Long.class)
			.single() > 0;
	}

}
