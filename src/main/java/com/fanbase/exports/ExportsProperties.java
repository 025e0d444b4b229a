package com.fanbase.exports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platforms are and how patiently to call them. Base URLs point at the real
 * APIs by default; tests and sandboxes point them at local servers.
 */
@ConfigurationProperties("fanbase.exports")
public record ExportsProperties(@DefaultValue Meta meta, @DefaultValue Google google, @DefaultValue Tiktok tiktok,
		@DefaultValue Brevo brevo, @DefaultValue Retry retry, @DefaultValue("30") int refreshWithinDays) {

	public record Meta(@DefaultValue("https://graph.facebook.com/v25.0") String baseUrl,
			@DefaultValue("10000") int batchSize) {
	}

	public record Google(@DefaultValue("https://datamanager.googleapis.com/v1") String baseUrl,
			@DefaultValue("https://googleads.googleapis.com/v23") String adsBaseUrl,
			@DefaultValue("https://oauth2.googleapis.com/token") String oauthTokenUrl,
			@DefaultValue("10000") int batchSize) {
	}

	public record Tiktok(@DefaultValue("https://business-api.tiktok.com/open_api/v1.3") String baseUrl,
			@DefaultValue("50000") int batchSize) {
	}

	public record Brevo(@DefaultValue("https://api.brevo.com/v3") String baseUrl,
			@DefaultValue("5000") int importBatchSize) {
	}

	/**
	 * Retries of 429, 5xx and timeouts: exponential back-off from {@code base} with full
	 * jitter, at most {@code maxBackoff} per wait unless the platform asks for longer,
	 * never longer than {@code maxWait}, for at most {@code maxAttempts} attempts per
	 * request.
	 */
	public record Retry(@DefaultValue("8") int maxAttempts, @DefaultValue("500ms") Duration base,
			@DefaultValue("60s") Duration maxBackoff, @DefaultValue("15m") Duration maxWait,
			@DefaultValue("30s") Duration connectTimeout, @DefaultValue("120s") Duration readTimeout) {
	}

}
