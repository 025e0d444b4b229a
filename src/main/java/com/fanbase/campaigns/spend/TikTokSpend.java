package com.fanbase.campaigns.spend;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
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
 * TikTok's synchronous report, {@code GET /report/integrated/get/}: a BASIC report at
 * campaign level over the campaign's lifetime, filtered to the one campaign, with the
 * {@code Access-Token} header; {@code spend} is a decimal string in the advertiser's
 * currency.
 */
@Component
class TikTokSpend implements SpendReader {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	TikTokSpend(ExportsProperties properties) {
		this.base = properties.tiktok().baseUrl();
	}

	@Override
	public Platform platform() {
		return Platform.TIKTOK;
	}

	@Override
	public long lifetimeCents(PlatformContext context, String platformCampaignId) {
		Map<String, String> filter = new LinkedHashMap<>();
		filter.put("field_name", "campaign_ids");
		filter.put("filter_type", "IN");
		filter.put("filter_value", json.writeValueAsString(List.of(platformCampaignId)));
		String filtering = json.writeValueAsString(List.of(filter));
		URI uri = UriComponentsBuilder.fromUriString(this.base + "/report/integrated/get/")
			.queryParam("advertiser_id", "{advertiser}")
			.queryParam("report_type", "BASIC")
			.queryParam("data_level", "AUCTION_CAMPAIGN")
			.queryParam("dimensions", "{dimensions}")
			.queryParam("metrics", "{metrics}")
			.queryParam("query_lifetime", "true")
			.queryParam("filtering", "{filtering}")
			.encode()
			.buildAndExpand(Map.of("advertiser", context.credentials().require("advertiser_id"), "dimensions",
					"[\"campaign_id\"]", "metrics", "[\"spend\"]", "filtering", filtering))
			.toUri();
		PlatformRequest request = PlatformRequest.of("spend", HttpMethod.GET, uri)
			.header("Access-Token", context.credentials().require("access_token"));
		JsonNode body = json.readTree(context.http().exchange(request, LONGEST_WAIT).body());
		long cents = 0;
		for (JsonNode row : body.path("data").path("list")) {
			if (platformCampaignId.equals(row.path("dimensions").path("campaign_id").asString(""))) {
				cents += SpendReader.cents(row.path("metrics").path("spend").asString(""));
			}
		}
		return cents;
	}

}
