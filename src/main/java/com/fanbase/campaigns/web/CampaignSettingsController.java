package com.fanbase.campaigns.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Parameter;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.campaigns.CampaignSettings;
import com.fanbase.campaigns.CampaignSettingsStore;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * A tenant's campaign settings: the frequency cap and the attribution window. A PUT may
 * leave a field out to keep its value.
 */
@RestController
@RequestMapping("/api/audience/campaign-settings")
class CampaignSettingsController {

	private static final Set<String> FIELDS = Set.of("tenant_id", "frequency_cap_emails", "frequency_cap_hours",
			"attribution_days");

	private final CampaignSettingsStore store;

	CampaignSettingsController(CampaignSettingsStore store) {
		this.store = store;
	}

	@GetMapping
	Map<String, Object> get(@Parameter(hidden = true) TenantId tenant) {
		return view(this.store.get(tenant));
	}

	@PutMapping
	Map<String, Object> put(@Parameter(hidden = true) TenantId tenant, @RequestBody JsonNode body) {
		CampaignSettings current = this.store.get(tenant);
		Violations violations = new Violations();
		if (!body.isObject()) {
			violations.add("", "must be a JSON object");
			violations.throwIfAny();
		}
		body.propertyNames()
			.forEach((field) -> violations.check(FIELDS.contains(field), "/" + field, "is not a field"));
		int emails = integer(violations, body, "frequency_cap_emails", current.frequencyCapEmails());
		int hours = integer(violations, body, "frequency_cap_hours", current.frequencyCapHours());
		int days = integer(violations, body, "attribution_days", current.attributionDays());
		violations.throwIfAny();
		return view(this.store.save(tenant, new CampaignSettings(emails, hours, days)));
	}

	private static int integer(Violations violations, JsonNode body, String field, int current) {
		JsonNode value = body.path(field);
		if (value.isMissingNode()) {
			return current;
		}
		violations.check(value.isInt(), "/" + field, "must be an integer");
		return value.asInt();
	}

	private static Map<String, Object> view(CampaignSettings settings) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("frequency_cap_emails", settings.frequencyCapEmails());
		view.put("frequency_cap_hours", settings.frequencyCapHours());
		view.put("attribution_days", settings.attributionDays());
		return view;
	}

}
