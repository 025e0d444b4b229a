package com.fanbase.campaigns.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.fanbase.campaigns.CampaignChanges;
import com.fanbase.campaigns.CampaignDraft;
import com.fanbase.campaigns.CampaignType;
import com.fanbase.web.Violations;

/**
 * Reads campaign request bodies field by field, so a wrong type or an unknown field is
 * reported by its JSON pointer with the rest, instead of as one unreadable body.
 */
final class CampaignRequests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Set<String> CREATE_FIELDS = Set.of("tenant_id", "segment_id", "event_id", "name",
			"campaign_type", "settings", "scheduled_at", "budget_cents", "cost_cents", "holdout_percent");

	private static final Set<String> PATCH_FIELDS = Set.of("tenant_id", "segment_id", "event_id", "name", "settings",
			"scheduled_at", "budget_cents", "cost_cents", "holdout_percent", "campaign_type");

	private CampaignRequests() {
	}

	static CampaignDraft draft(JsonNode body) {
		Violations violations = new Violations();
		unknown(violations, body, CREATE_FIELDS);
		Long segment = integer(violations, body, "segment_id", true);
		violations.check(segment == null || segment > 0, "/segment_id", "must be a positive integer");
		Long event = integer(violations, body, "event_id", false);
		String name = text(violations, body, "name");
		violations.check(!body.path("name").isMissingNode() && !body.path("name").isNull(), "/name", "is required");
		String typeId = text(violations, body, "campaign_type");
		CampaignType type = (typeId != null) ? CampaignType.find(typeId).orElse(null) : null;
		// A non-string was reported by text(); null, absent or an unknown name is this.
		violations.check(
				type != null || (body.has("campaign_type") && !body.path("campaign_type").isString()
						&& !body.path("campaign_type").isNull()),
				"/campaign_type", "must be email, meta_ads, google_ads, tiktok_ads or multi_channel");
		Map<String, Object> settings = settings(violations, body);
		Instant scheduledAt = instant(violations, body, "scheduled_at");
		Long budget = integer(violations, body, "budget_cents", false);
		Long cost = integer(violations, body, "cost_cents", false);
		Long holdout = integer(violations, body, "holdout_percent", false);
		violations.throwIfAny();
		return new CampaignDraft(segment, event, name, type, (settings != null) ? settings : Map.of(), scheduledAt,
				budget, cost, (holdout != null) ? holdout.intValue() : 0);
	}

	static CampaignChanges changes(JsonNode body) {
		Violations violations = new Violations();
		unknown(violations, body, PATCH_FIELDS);
		violations.check(!body.has("campaign_type"), "/campaign_type",
				"cannot be changed; create a new campaign instead");
		Long segment = integer(violations, body, "segment_id", false);
		violations.check(segment == null || segment > 0, "/segment_id", "must be a positive integer");
		violations.check(!body.has("segment_id") || !body.get("segment_id").isNull(), "/segment_id",
				"cannot be cleared");
		Long event = integer(violations, body, "event_id", false);
		String name = text(violations, body, "name");
		violations.check(!body.has("name") || name != null, "/name", "cannot be cleared");
		Map<String, Object> settings = settings(violations, body);
		Instant scheduledAt = instant(violations, body, "scheduled_at");
		Long budget = integer(violations, body, "budget_cents", false);
		Long cost = integer(violations, body, "cost_cents", false);
		Long holdout = integer(violations, body, "holdout_percent", false);
		violations.throwIfAny();
		return new CampaignChanges(name, segment, event, body.has("event_id") && event == null, settings, scheduledAt,
				body.has("scheduled_at") && scheduledAt == null, budget, cost,
				(holdout != null) ? holdout.intValue() : null);
	}

	private static void unknown(Violations violations, JsonNode body, Set<String> fields) {
		if (!body.isObject()) {
			violations.add("", "must be a JSON object");
			return;
		}
		body.propertyNames()
			.forEach((field) -> violations.check(fields.contains(field), "/" + field, "is not a field"));
	}

	private static Long integer(Violations violations, JsonNode body, String field, boolean required) {
		JsonNode value = body.path(field);
		if (value.isMissingNode() || value.isNull()) {
			violations.check(!required, "/" + field, "is required");
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			violations.add("/" + field, "must be an integer");
			return null;
		}
		return value.asLong();
	}

	private static String text(Violations violations, JsonNode body, String field) {
		JsonNode value = body.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			violations.add("/" + field, "must be a string");
			return null;
		}
		return value.asString();
	}

	private static Instant instant(Violations violations, JsonNode body, String field) {
		String text = text(violations, body, field);
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			violations.add("/" + field, "must be an ISO-8601 instant such as 2026-12-01T18:00:00Z");
			return null;
		}
	}

	private static Map<String, Object> settings(Violations violations, JsonNode body) {
		JsonNode value = body.path("settings");
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		if (!value.isObject()) {
			violations.add("/settings", "must be an object");
			return null;
		}
		return json.convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

}
