package com.fanbase.campaigns.spend;

import java.net.URI;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.fanbase.exports.ExportsProperties;
import com.fanbase.exports.Platform;
import com.fanbase.exports.PlatformContext;
import com.fanbase.exports.PlatformRequest;

/**
 * Meta's Insights API: {@code GET
 * /{campaign-id}/insights?fields=spend&date_preset=maximum} answers the campaign's
 * lifetime {@code spend} as a decimal string in the ad account's currency; no rows means
 * nothing was spent.
 */
@Component
class MetaSpend implements SpendReader {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	MetaSpend(ExportsProperties properties) {
		this.base = properties.meta().baseUrl();
	}

	@Override
	public Platform platform() {
		return Platform.META;
	}

	@Override
	public long lifetimeCents(PlatformContext context, String platformCampaignId) {
		URI uri = UriComponentsBuilder.fromUriString(this.base + "/{campaign}/insights")
			.queryParam("fields", "spend")
			.queryParam("date_preset", "maximum")
			.queryParam("access_token", "{token}")
			.encode()
			.buildAndExpand(
					Map.of("campaign", platformCampaignId, "token", context.credentials().require("access_token")))
			.toUri();
		JsonNode body = json
			.readTree(context.http().exchange(PlatformRequest.of("spend", HttpMethod.GET, uri), LONGEST_WAIT).body());
		long cents = 0;
		for (JsonNode row : body.path("data")) {
			cents += SpendReader.cents(row.path("spend").asString(""));
		}
		return cents;
	}

}
