package com.fanbase.platforms.meta;

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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
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
 * Meta customer-file custom audiences over the Marketing API: an empty {@code CUSTOM}
 * audience, then members added ({@code POST /{audience}/users}) and removed
 * ({@code DELETE /{audience}/users}) in upload sessions of numbered batches, with the
 * multi-key schema {@code EMAIL, PHONE} hashed with SHA-256.
 */
@Component
@Order(10)
@EnableConfigurationProperties(MetaProperties.class)
class MetaPlatform implements AudiencePlatform {

	/** What Fanbase assumes about the platform (platforms.md). */
	static final Platform META = new Platform("meta", "Meta", Platform.Kind.ADS, 180, 1000, "ads_consent");

	static final List<String> SCHEMA = List.of("EMAIL", "PHONE");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final MetaProperties config;

	MetaPlatform(MetaProperties properties) {
		this.config = properties;
	}

	@Override
	public Platform platform() {
		return META;
	}

	@Override
	public CredentialSpec credentialSpec() {
		return new CredentialSpec(Set.of("access_token", "ad_account_id"), Set.of("app_id", "app_secret"),
				Set.of("access_token", "app_secret"));
	}

	@Override
	public BatchLimits limits() {
		return new BatchLimits(this.config.batchSize(), this.config.batchSize());
	}

	@Override
	public Member encode(Contact contact) {
		return new Member(contact.customerId(), Hashing.sha256(MetaNormaliser.email(contact.email())),
				Hashing.sha256(MetaNormaliser.phone(contact)), null, null);
	}

	@Override
	public String createAudience(PlatformContext context, String name) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("subtype", "CUSTOM");
		form.add("description", "Exported by Fanbase");
		form.add("customer_file_source", "USER_PROVIDED_ONLY");
		form.add("access_token", context.credentials().require("access_token"));
		String account = context.credentials().require("ad_account_id").replaceFirst("^act_", "");
		PlatformReply reply = context.http()
			.exchange(
					PlatformRequest.of("create_audience", HttpMethod.POST, uri("/act_" + account + "/customaudiences"))
						.body(MediaType.APPLICATION_FORM_URLENCODED, form, 0));
		return json.readTree(reply.body()).path("id").asString();
	}

	@Override
	public UploadSession open(PlatformContext context, Direction direction, String audienceId, String name,
			String resumeState) {
		return new MetaUploadSession(context, direction, uri("/" + audienceId + "/users"), audienceId, resumeState);
	}

	@Override
	public Map<String, Object> figures(PlatformContext context, String audienceId) {
		URI uri = UriComponentsBuilder.fromUri(uri("/" + audienceId))
			.queryParam("fields", "approximate_count_lower_bound,approximate_count_upper_bound,operation_status")
			.queryParam("access_token", context.credentials().require("access_token"))
			.build()
			.toUri();
		JsonNode body = json
			.readTree(context.http().exchange(PlatformRequest.of("figures", HttpMethod.GET, uri)).body());
		Map<String, Object> figures = new LinkedHashMap<>();
		if (body.has("approximate_count_lower_bound")) {
			figures.put("approximate_count_lower_bound", body.path("approximate_count_lower_bound").asLong());
			figures.put("approximate_count_upper_bound", body.path("approximate_count_upper_bound").asLong());
		}
		return figures;
	}

	@Override
	public void deleteAudience(PlatformContext context, String audienceId) {
		URI uri = UriComponentsBuilder.fromUri(uri("/" + audienceId))
			.queryParam("access_token", context.credentials().require("access_token"))
			.build()
			.toUri();
		context.http().exchange(PlatformRequest.of("delete_audience", HttpMethod.DELETE, uri));
	}

	@Override
	public Outcome classify(PlatformReply reply) {
		return MetaErrors.classify(reply);
	}

	/**
	 * Meta's Insights API: {@code GET
	 * /{campaign-id}/insights?fields=spend&date_preset=maximum} answers the lifetime
	 * {@code spend} as a decimal string in the ad account's currency; no rows means
	 * nothing was spent.
	 */
	@Override
	public long lifetimeSpendCents(PlatformContext context, String platformCampaignId) {
		URI uri = UriComponentsBuilder.fromUriString(this.config.baseUrl() + "/{campaign}/insights")
			.queryParam("fields", "spend")
			.queryParam("date_preset", "maximum")
			.queryParam("access_token", "{token}")
			.encode()
			.buildAndExpand(
					Map.of("campaign", platformCampaignId, "token", context.credentials().require("access_token")))
			.toUri();
		JsonNode body = read(
				context.http().exchange(PlatformRequest.of("spend", HttpMethod.GET, uri), SPEND_LONGEST_WAIT).body());
		long cents = 0;
		for (JsonNode row : body.path("data")) {
			cents += AudiencePlatform.cents(row.path("spend").asString(""));
		}
		return cents;
	}

	private URI uri(String path) {
		return URI.create(this.config.baseUrl() + path);
	}

	static String write(Object value) {
		return json.writeValueAsString(value);
	}

	static JsonNode read(String body) {
		return json.readTree(body);
	}

}
