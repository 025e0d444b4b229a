package com.fanbase.tenants.web;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.tenants.OwnerRuleSettings;
import com.fanbase.tenants.OwnerRules;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * Which sensitive actions of the tenant need an owner. A PUT replaces the rules: a field
 * left out takes its default (both owner-only rules on, no launch threshold).
 */
@RestController
@RequestMapping("/api/audience/settings/owner-rules")
class OwnerRulesController {

	private final OwnerRuleSettings settings;

	OwnerRulesController(OwnerRuleSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	OwnerRulesView get(@Parameter(hidden = true) TenantId tenant) {
		return OwnerRulesView.of(this.settings.get(tenant));
	}

	@PutMapping
	OwnerRulesView put(@Parameter(hidden = true) TenantId tenant, @RequestBody OwnerRulesBody body) {
		new Violations()
			.check(body.ownerApprovalAboveRecipients() == null || body.ownerApprovalAboveRecipients() >= 0,
					"/owner_approval_above_recipients", "must not be negative")
			.throwIfAny();
		OwnerRules rules = new OwnerRules(
				(body.ownerOnlyPlatformCredentials() != null) ? body.ownerOnlyPlatformCredentials() : true,
				(body.ownerOnlyWebhookSecret() != null) ? body.ownerOnlyWebhookSecret() : true,
				body.ownerApprovalAboveRecipients());
		return OwnerRulesView.of(this.settings.save(tenant, rules));
	}

	/**
	 * @param ownerApprovalAboveRecipients a launch to a segment of more members than this
	 * needs an owner; null or left out: no threshold
	 */
	record OwnerRulesBody(Long tenantId, Boolean ownerOnlyPlatformCredentials, Boolean ownerOnlyWebhookSecret,
			Long ownerApprovalAboveRecipients) {
	}

	record OwnerRulesView(boolean ownerOnlyPlatformCredentials, boolean ownerOnlyWebhookSecret,
			Long ownerApprovalAboveRecipients) {

		static OwnerRulesView of(OwnerRules rules) {
			return new OwnerRulesView(rules.platformCredentials(), rules.webhookSecret(),
					rules.approvalAboveRecipients());
		}

	}

}
