package com.fanbase.campaigns.stats;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.tenants.TenantId;

/**
 * Issues (or rotates) the tenant's Brevo webhook secret and says how to register the
 * webhook with Brevo. The secret is shown only in this answer.
 */
@RestController
class WebhookSecretController {

	private final CampaignWebhooks webhooks;

	WebhookSecretController(CampaignWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/api/audience/campaign-settings/webhook-secret")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue or rotate the tenant's Brevo webhook secret (shown once)")
	Map<String, Object> issue(TenantId tenant) {
		CampaignWebhooks.IssuedWebhook issued = this.webhooks.issue(tenant);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("tenant_id", tenant.value());
		answer.put("secret", issued.secret());
		answer.put("webhook_url", issued.webhookUrl());
		answer.put("brevo_webhook", issued.brevoWebhook());
		return answer;
	}

}
