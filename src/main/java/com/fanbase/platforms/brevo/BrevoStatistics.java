package com.fanbase.platforms.brevo;

import java.net.URI;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformRequest;
import com.fanbase.platforms.Platforms;
import com.fanbase.tenants.TenantId;

/**
 * Reads an email campaign's global statistics from Brevo ({@code GET
 * /emailCampaigns/{id}?statistics=globalStats}) through the retrying platform client,
 * giving up at once when Brevo asks to wait longer than the configured longest wait.
 */
@Component
public class BrevoStatistics {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Platforms platforms;

	private final String baseUrl;

	BrevoStatistics(Platforms platforms, BrevoProperties properties) {
		this.platforms = platforms;
		this.baseUrl = properties.baseUrl();
	}

	/** The {@code globalStats} object, or an empty object when Brevo has none yet. */
	public JsonNode globalStats(TenantId tenant, long brevoCampaignId, Duration longestWait) {
		PlatformContext context = this.platforms.context(tenant, BrevoPlatform.BREVO);
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
