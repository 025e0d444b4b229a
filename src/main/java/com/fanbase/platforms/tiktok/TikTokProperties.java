package com.fanbase.platforms.tiktok;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where TikTok's Marketing API is and how many members go in one request. Base URLs point
 * at the real APIs by default; tests and sandboxes point them at local servers.
 */
@ConfigurationProperties("fanbase.exports.tiktok")
public record TikTokProperties(@DefaultValue("https://business-api.tiktok.com/open_api/v1.3") String baseUrl,
		@DefaultValue("50000") int batchSize) {

}
