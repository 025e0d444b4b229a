package com.fanbase.platforms.brevo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Brevo's API is and how many contacts go in one import. Base URLs point at the
 * real APIs by default; tests and sandboxes point them at local servers.
 */
@ConfigurationProperties("fanbase.exports.brevo")
public record BrevoProperties(@DefaultValue("https://api.brevo.com/v3") String baseUrl,
		@DefaultValue("5000") int importBatchSize) {

}
