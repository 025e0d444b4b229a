package com.fanbase.exports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the export engine keeps audiences alive: expiring ones are refreshed within
 * {@code refreshWithinDays} of their expiry. Each platform's own settings (base URLs,
 * batch sizes) are in its package's record under the same {@code fanbase.exports} prefix,
 * and the retries in {@link com.fanbase.platforms.RetryProperties}.
 */
@ConfigurationProperties("fanbase.exports")
public record ExportsProperties(@DefaultValue("30") int refreshWithinDays) {

}
