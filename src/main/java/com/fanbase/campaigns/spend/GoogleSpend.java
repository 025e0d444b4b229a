package com.fanbase.campaigns.spend;

import java.net.URI;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fanbase.exports.ExportsProperties;
import com.fanbase.exports.Platform;
import com.fanbase.exports.PlatformContext;
import com.fanbase.exports.PlatformException;
import com.fanbase.exports.PlatformRequest;

/**
 * The Google Ads API's {@code googleAds:search} with a GAQL query for the campaign's
 * {@code metrics.cost_micros} (no date segment: over the campaign's lifetime), sent with
 * the headers the exports' Google Ads mode sends: an OAuth bearer from the tenant's
 * refresh token, {@code developer-token} and {@code login-customer-id} when set. Micros
 * of the account currency become cents by dividing by 10,000, half-up.
 */
@Component
class GoogleSpend implements SpendReader {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final URI tokenUrl;

	GoogleSpend(ExportsProperties properties) {
		this.base = properties.google().adsBaseUrl();
		this.tokenUrl = URI.create(properties.google().oauthTokenUrl());
	}

	@Override
	public Platform platform() {
		return Platform.GOOGLE;
	}

	@Override
	public long lifetimeCents(PlatformContext context, String platformCampaignId) {
		if (!platformCampaignId.matches("[0-9]{1,19}")) {
			throw new PlatformException(PlatformException.Kind.REJECTED,
					"A Google Ads campaign id is a number, not '" + platformCampaignId + "'");
		}
		String customer = context.credentials().require("customer_id").replace("-", "");
		PlatformRequest request = PlatformRequest
			.of("spend", HttpMethod.POST, URI.create(this.base + "/customers/" + customer + "/googleAds:search"))
			.header("Authorization", "Bearer " + accessToken(context))
			.header("developer-token", context.credentials().require("developer_token"));
		String login = customerId(context, "login_customer_id");
		if (login != null && !login.isBlank()) {
			request.header("login-customer-id", login);
		}
		String query = "SELECT campaign.id, metrics.cost_micros FROM campaign WHERE campaign.id = "
				+ platformCampaignId;
		String reply = context.http()
			.exchange(request.body(MediaType.APPLICATION_JSON, json.writeValueAsString(Map.of("query", query)), 0),
					LONGEST_WAIT)
			.body();
		long micros = 0;
		for (JsonNode row : json.readTree((reply == null || reply.isBlank()) ? "{}" : reply).path("results")) {
			micros += Long.parseLong(row.path("metrics").path("costMicros").asString("0"));
		}
		return Math.floorDiv(micros + 5_000, 10_000);
	}

	/** An access token from the tenant's refresh token (one per hourly read). */
	private String accessToken(PlatformContext context) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "refresh_token");
		form.add("client_id", context.credentials().require("client_id"));
		form.add("client_secret", context.credentials().require("client_secret"));
		form.add("refresh_token", context.credentials().require("refresh_token"));
		String body = context.http()
			.exchange(PlatformRequest.of("oauth_token", HttpMethod.POST, this.tokenUrl)
				.body(MediaType.APPLICATION_FORM_URLENCODED, form, 0), LONGEST_WAIT)
			.body();
		return json.readTree(body).path("access_token").asString();
	}

	private static String customerId(PlatformContext context, String field) {
		String value = context.credentials().get(field);
		return (value != null) ? value.replace("-", "") : null;
	}

}
