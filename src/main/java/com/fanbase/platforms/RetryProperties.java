package com.fanbase.platforms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How patiently to call the platforms. Retries of 429, 5xx and timeouts: exponential
 * back-off from {@code base} with full jitter, at most {@code maxBackoff} per wait unless
 * the platform asks for longer, never longer than {@code maxWait}, for at most
 * {@code maxAttempts} attempts per request.
 */
@ConfigurationProperties("fanbase.exports.retry")
public record RetryProperties(@DefaultValue("8") int maxAttempts, @DefaultValue("500ms") Duration base,
		@DefaultValue("60s") Duration maxBackoff, @DefaultValue("15m") Duration maxWait,
		@DefaultValue("30s") Duration connectTimeout, @DefaultValue("120s") Duration readTimeout) {

}
