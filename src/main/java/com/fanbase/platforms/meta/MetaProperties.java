package com.fanbase.platforms.meta;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Meta's Marketing API is and how many members go in one request. Base URLs point
 * at the real APIs by default; tests and sandboxes point them at local servers.
 */
@ConfigurationProperties("fanbase.exports.meta")
public record MetaProperties(@DefaultValue("https://graph.facebook.com/v25.0") String baseUrl,
		@DefaultValue("10000") int batchSize) {

}
