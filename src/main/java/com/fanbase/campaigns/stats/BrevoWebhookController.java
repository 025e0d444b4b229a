package com.fanbase.campaigns.stats;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.platforms.brevo.BrevoEvents;
import com.fanbase.tenants.TenantId;

/**
 * Brevo's marketing webhooks. The caller is the tenant whose webhook secret it sends (no
 * API key). Events Brevo may send but we do not track, and events for campaigns or
 * addresses we do not know, are acknowledged so Brevo does not retry them forever. The
 * body holds email addresses: it is never logged.
 */
@RestController
class BrevoWebhookController {

	private static final Logger log = LoggerFactory.getLogger(BrevoWebhookController.class);

	private static final String BEARER = "Bearer ";

	private final WebhookSecrets secrets;

	private final EmailEventStore store;

	private final BrevoEvents events;

	BrevoWebhookController(WebhookSecrets secrets, EmailEventStore store, CampaignStatsProperties properties) {
		this.secrets = secrets;
		this.store = store;
		this.events = new BrevoEvents(properties.prefetcherAgents());
	}

	@PostMapping("/api/audience/webhooks/brevo")
	@Operation(summary = "Receive Brevo marketing email events (one object or a batched array)")
	Map<String, Object> receive(@RequestParam(name = "token", required = false) String token,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody(required = false) String body) {
		TenantId tenant = this.secrets.tenantOf(secret(token, authorization))
			.orElseThrow(WebhookSecretRejectedException::new);
		BrevoEvents.Parsed parsed = this.events.parse(body);
		EmailEventStore.Stored stored = this.store.store(tenant, parsed.events());
		long received = parsed.events().size() + parsed.skipped();
		long ignored = parsed.skipped() + (parsed.events().size() - stored.matched());
		log.debug("Brevo webhook for tenant {}: {} received, {} stored, {} ignored", tenant, received, stored.stored(),
				ignored);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("received", received);
		answer.put("stored", stored.stored());
		answer.put("duplicates", stored.matched() - stored.stored());
		answer.put("ignored", ignored);
		return answer;
	}

	private static String secret(String token, String authorization) {
		if (token != null && !token.isBlank()) {
			return token;
		}
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return authorization.substring(BEARER.length());
		}
		return null;
	}

}
