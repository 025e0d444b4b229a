package com.fanbase.platforms.google;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Google's Data Manager API, the Google Ads API and the OAuth token endpoint are,
 * and how many members go in one request. Base URLs point at the real APIs by default;
 * tests and sandboxes point them at local servers.
 */
@ConfigurationProperties("fanbase.exports.google")
public record GoogleProperties(@DefaultValue("https://datamanager.googleapis.com/v1") String baseUrl,
		@DefaultValue("https://googleads.googleapis.com/v23") String adsBaseUrl,
		@DefaultValue("https://oauth2.googleapis.com/token") String oauthTokenUrl,
		@DefaultValue("10000") int batchSize) {

}
