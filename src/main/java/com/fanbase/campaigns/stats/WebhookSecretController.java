package com.fanbase.campaigns.stats;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.beans.factory.annotation.Value;
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

	static final List<String> EVENTS = List.of("delivered", "opened", "click", "hardBounce", "softBounce",
			"unsubscribed", "spam");

	private final WebhookSecrets secrets;

	private final String publicUrl;

	WebhookSecretController(WebhookSecrets secrets,
			@Value("${fanbase.public-url:http://localhost:8080}") String publicUrl) {
		this.secrets = secrets;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@PostMapping("/api/audience/campaign-settings/webhook-secret")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue or rotate the tenant's Brevo webhook secret (shown once)")
	Map<String, Object> issue(TenantId tenant) {
		String secret = this.secrets.issue(tenant);
		String endpoint = this.publicUrl + "/api/audience/webhooks/brevo";
		Map<String, Object> brevo = new LinkedHashMap<>();
		brevo.put("url", endpoint);
		brevo.put("type", "marketing");
		brevo.put("events", EVENTS);
		brevo.put("batched", true);
		brevo.put("auth", Map.of("type", "bearer", "token", secret));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("tenant_id", tenant.value());
		answer.put("secret", secret);
		answer.put("webhook_url", endpoint + "?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8));
		answer.put("brevo_webhook", brevo);
		return answer;
	}

}
