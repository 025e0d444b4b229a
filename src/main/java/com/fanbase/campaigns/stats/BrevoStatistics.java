package com.fanbase.campaigns.stats;

import java.net.URI;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import com.fanbase.exports.ExportsProperties;
import com.fanbase.exports.Platform;
import com.fanbase.exports.PlatformContext;
import com.fanbase.exports.PlatformRequest;
import com.fanbase.exports.Platforms;
import com.fanbase.tenants.TenantId;

/**
 * Reads an email campaign's global statistics from Brevo ({@code GET
 * /emailCampaigns/{id}?statistics=globalStats}) through the exports module's retrying
 * client, giving up at once when Brevo asks to wait longer than the configured longest
 * wait.
 */
@Component
class BrevoStatistics {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Platforms platforms;

	private final String baseUrl;

	BrevoStatistics(Platforms platforms, ExportsProperties exports) {
		this.platforms = platforms;
		this.baseUrl = exports.brevo().baseUrl();
	}

	/** The {@code globalStats} object, or an empty object when Brevo has none yet. */
	JsonNode globalStats(TenantId tenant, long brevoCampaignId, Duration longestWait) {
		PlatformContext context = this.platforms.context(tenant, Platform.BREVO);
		PlatformRequest request = PlatformRequest
			.of("campaign_statistics", HttpMethod.GET,
					URI.create(this.baseUrl + "/emailCampaigns/" + brevoCampaignId + "?statistics=globalStats"))
			.header("api-key", context.credentials().require("api_key"))
			.header("Accept", "application/json");
		String body = context.http().exchange(request, longestWait).body();
		JsonNode stats = json.readTree((body == null || body.isBlank()) ? "{}" : body)
			.path("statistics")
			.path("globalStats");
		return stats.isObject() ? stats : json.createObjectNode();
	}

}
