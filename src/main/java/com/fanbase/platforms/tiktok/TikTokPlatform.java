package com.fanbase.platforms.tiktok;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.fanbase.platforms.AudiencePlatform;
import com.fanbase.platforms.BatchLimits;
import com.fanbase.platforms.Contact;
import com.fanbase.platforms.CredentialSpec;
import com.fanbase.platforms.Direction;
import com.fanbase.platforms.Hashing;
import com.fanbase.platforms.Member;
import com.fanbase.platforms.Outcome;
import com.fanbase.platforms.Platform;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformReply;
import com.fanbase.platforms.PlatformRequest;
import com.fanbase.platforms.UploadSession;

/**
 * TikTok customer-file audiences (API for Business v1.3, DMP): each batch is a CSV file
 * of SHA-256 emails and phones ({@code MULTIPLE_TYPES}) uploaded with its MD5 signature;
 * the first file creates the audience, later ones are applied with {@code APPEND} or
 * {@code REMOVE}. Errors come as HTTP 200 with a non-zero {@code code}.
 */
@Component
@Order(30)
@EnableConfigurationProperties(TikTokProperties.class)
class TikTokPlatform implements AudiencePlatform {

	/** What Fanbase assumes about the platform (platforms.md). */
	static final Platform TIKTOK = new Platform("tiktok", "TikTok", Platform.Kind.ADS, 365, 1000, "ads_consent");

	static final String CALCULATE_TYPE = "MULTIPLE_TYPES";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final TikTokProperties config;

	TikTokPlatform(TikTokProperties properties) {
		this.config = properties;
	}

	@Override
	public Platform platform() {
		return TIKTOK;
	}

	@Override
	public CredentialSpec credentialSpec() {
		return new CredentialSpec(Set.of("advertiser_id", "access_token"), Set.of(), Set.of("access_token"));
	}

	@Override
	public BatchLimits limits() {
		return new BatchLimits(this.config.batchSize(), this.config.batchSize());
	}

	@Override
	public Member encode(Contact contact) {
		return new Member(contact.customerId(), Hashing.sha256(TikTokNormaliser.email(contact.email())),
				Hashing.sha256(TikTokNormaliser.phone(contact)), null, null);
	}

	@Override
	public String createAudience(PlatformContext context, String name) {
		return null;
	}

	@Override
	public UploadSession open(PlatformContext context, Direction direction, String audienceId, String name,
			String resumeState) {
		return new TikTokUploadSession(this, context, direction, (audienceId != null) ? audienceId : resumeState, name);
	}

	@Override
	public Map<String, Object> figures(PlatformContext context, String audienceId) {
		URI uri = UriComponentsBuilder.fromUriString(this.config.baseUrl() + "/dmp/custom_audience/get/")
			.queryParam("advertiser_id", context.credentials().require("advertiser_id"))
			.queryParam("custom_audience_ids", "[\"" + audienceId + "\"]")
			.encode()
			.build()
			.toUri();
		JsonNode details = call(context, PlatformRequest.of("figures", HttpMethod.GET, uri)).path("list")
			.path(0)
			.path("audience_details");
		Map<String, Object> figures = new LinkedHashMap<>();
		if (details.has("cover_num")) {
			figures.put("cover_num", details.path("cover_num").asLong());
		}
		if (details.has("is_expiring")) {
			figures.put("is_expiring", details.path("is_expiring").asBoolean());
		}
		return figures;
	}

	@Override
	public void deleteAudience(PlatformContext context, String audienceId) {
		post(context, "delete_audience", "/dmp/custom_audience/delete/", Map.of("advertiser_id",
				context.credentials().require("advertiser_id"), "custom_audience_ids", List.of(audienceId)));
	}

	@Override
	public Outcome classify(PlatformReply reply) {
		return TikTokErrors.classify(reply);
	}

	/**
	 * TikTok's synchronous report, {@code GET /report/integrated/get/}: a BASIC report at
	 * campaign level over the campaign's lifetime, filtered to the one campaign;
	 * {@code spend} is a decimal string in the advertiser's currency.
	 */
	@Override
	public long lifetimeSpendCents(PlatformContext context, String platformCampaignId) {
		Map<String, String> filter = new LinkedHashMap<>();
		filter.put("field_name", "campaign_ids");
		filter.put("filter_type", "IN");
		filter.put("filter_value", json.writeValueAsString(List.of(platformCampaignId)));
		URI uri = UriComponentsBuilder.fromUriString(this.config.baseUrl() + "/report/integrated/get/")
			.queryParam("advertiser_id", "{advertiser}")
			.queryParam("report_type", "BASIC")
			.queryParam("data_level", "AUCTION_CAMPAIGN")
			.queryParam("dimensions", "{dimensions}")
			.queryParam("metrics", "{metrics}")
			.queryParam("query_lifetime", "true")
			.queryParam("filtering", "{filtering}")
			.encode()
			.buildAndExpand(Map.of("advertiser", context.credentials().require("advertiser_id"), "dimensions",
					"[\"campaign_id\"]", "metrics", "[\"spend\"]", "filtering",
					json.writeValueAsString(List.of(filter))))
			.toUri();
		PlatformRequest request = PlatformRequest.of("spend", HttpMethod.GET, uri)
			.header("Access-Token", context.credentials().require("access_token"));
		JsonNode body = json.readTree(context.http().exchange(request, SPEND_LONGEST_WAIT).body());
		long cents = 0;
		for (JsonNode row : body.path("data").path("list")) {
			if (platformCampaignId.equals(row.path("dimensions").path("campaign_id").asString(""))) {
				cents += AudiencePlatform.cents(row.path("metrics").path("spend").asString(""));
			}
		}
		return cents;
	}

	JsonNode post(PlatformContext context, String operation, String path, Object body) {
		return call(context, PlatformRequest.of(operation, HttpMethod.POST, uri(path))
			.body(MediaType.APPLICATION_JSON, json.writeValueAsString(body), 0));
	}

	/** Sends with the access token and answers the envelope's {@code data}. */
	JsonNode call(PlatformContext context, PlatformRequest request) {
		request.header("Access-Token", context.credentials().require("access_token"));
		return json.readTree(context.http().exchange(request).body()).path("data");
	}

	URI uri(String path) {
		return URI.create(this.config.baseUrl() + path);
	}

	static JsonNode read(String body) {
		return json.readTree(body);
	}

}
