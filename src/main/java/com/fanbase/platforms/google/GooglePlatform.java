package com.fanbase.platforms.google;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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
import com.fanbase.platforms.UploadSession;

/**
 * Google Customer Match. By default through the Data Manager API (Customer Match through
 * the Google Ads API is closed to new adopters); with the credential field
 * {@code mode = google_ads}, through the Google Ads API's offline user data jobs for
 * accounts still allowed to use them. Email and phone are hashed after Google's
 * formatting rules.
 */
@Component
@Order(20)
@EnableConfigurationProperties(GoogleProperties.class)
class GooglePlatform implements AudiencePlatform {

	/** What Fanbase assumes about the platform (platforms.md). */
	static final Platform GOOGLE = new Platform("google", "Google Ads", Platform.Kind.ADS, 540, 100, "ads_consent");

	static final String ADS_MODE = "google_ads";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final GoogleProperties config;

	private final DataManagerApi dataManager;

	private final GoogleAdsApi ads;

	GooglePlatform(GoogleProperties properties) {
		this.config = properties;
		GoogleAuth auth = new GoogleAuth(this.config.oauthTokenUrl());
		this.dataManager = new DataManagerApi(this.config.baseUrl(), auth);
		this.ads = new GoogleAdsApi(this.config.adsBaseUrl(), auth);
	}

	@Override
	public Platform platform() {
		return GOOGLE;
	}

	/** The Google Ads API's lifetime cost of a campaign; micros become cents, half-up. */
	@Override
	public long lifetimeSpendCents(PlatformContext context, String platformCampaignId) {
		return Math.floorDiv(this.ads.costMicros(context, platformCampaignId) + 5_000, 10_000);
	}

	@Override
	public CredentialSpec credentialSpec() {
		return new CredentialSpec(Set.of("customer_id", "client_id", "client_secret", "refresh_token"),
				Set.of("developer_token", "login_customer_id", "mode"),
				Set.of("client_secret", "refresh_token", "developer_token"));
	}

	@Override
	public Map<String, String> credentialProblems(Map<String, String> fields) {
		Map<String, String> problems = new LinkedHashMap<>();
		String mode = fields.get("mode");
		if (mode != null && !mode.equals("data_manager") && !mode.equals("google_ads")) {
			problems.put("mode", "must be data_manager or google_ads");
		}
		if ("google_ads".equals(mode) && !fields.containsKey("developer_token")) {
			problems.put("developer_token", "is required in google_ads mode");
		}
		return problems;
	}

	@Override
	public BatchLimits limits() {
		return new BatchLimits(this.config.batchSize(), this.config.batchSize());
	}

	@Override
	public Member encode(Contact contact) {
		return new Member(contact.customerId(), Hashing.sha256(GoogleNormaliser.email(contact.email())),
				Hashing.sha256(GoogleNormaliser.phone(contact)), null, null);
	}

	@Override
	public String createAudience(PlatformContext context, String name) {
		return ads(context) ? this.ads.createUserList(context, name) : this.dataManager.createUserList(context, name);
	}

	@Override
	public UploadSession open(PlatformContext context, Direction direction, String audienceId, String name,
			String resumeState) {
		return ads(context) ? this.ads.open(context, direction, audienceId, resumeState)
				: this.dataManager.open(context, direction, audienceId);
	}

	@Override
	public Map<String, Object> figures(PlatformContext context, String audienceId) {
		return ads(context) ? this.ads.figures(context, audienceId) : this.dataManager.figures(context, audienceId);
	}

	@Override
	public void deleteAudience(PlatformContext context, String audienceId) {
		if (ads(context)) {
			this.ads.deleteUserList(context, audienceId);
		}
		else {
			this.dataManager.deleteUserList(context, audienceId);
		}
	}

	@Override
	public Outcome classify(PlatformReply reply) {
		return GoogleErrors.classify(reply);
	}

	private static boolean ads(PlatformContext context) {
		return ADS_MODE.equals(context.credentials().get("mode"));
	}

	static String customerId(PlatformContext context, String field) {
		String value = context.credentials().get(field);
		return (value != null) ? value.replace("-", "") : null;
	}

	static String write(Object value) {
		return json.writeValueAsString(value);
	}

	static JsonNode read(String body) {
		return json.readTree(body);
	}

}
