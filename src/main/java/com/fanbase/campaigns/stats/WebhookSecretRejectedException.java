package com.fanbase.campaigns.stats;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** A webhook call without the tenant's current webhook secret. */
class WebhookSecretRejectedException extends ApiException {

	WebhookSecretRejectedException() {
		super(HttpStatus.UNAUTHORIZED, "invalid-webhook-secret", "Invalid webhook secret",
				"Send the webhook secret issued by POST /api/audience/campaign-settings/webhook-secret"
						+ " as ?token= or 'Authorization: Bearer <secret>'.");
	}

}
