package com.fanbase.platforms.google;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fanbase.platforms.Batch;
import com.fanbase.platforms.Direction;
import com.fanbase.platforms.Member;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformRequest;
import com.fanbase.platforms.UploadSession;

/**
 * The Data Manager API: a user list under {@code accountTypes/GOOGLE_ADS/accounts/{id}},
 * members sent with {@code audienceMembers:ingest} (with consent granted, which is why
 * only ads-consented customers are sent) and taken out with
 * {@code audienceMembers:remove}. Every request stands alone, so there is no session to
 * resume.
 */
final class DataManagerApi {

	/** 540 days, the longest membership Google allows. */
	private static final String MEMBERSHIP = (540L * 86400) + "s";

	private final String base;

	private final GoogleAuth auth;

	DataManagerApi(String base, GoogleAuth auth) {
		this.base = base;
		this.auth = auth;
	}

	String createUserList(PlatformContext context, String name) {
		Map<String, Object> list = Map.of("displayName", name, "description", "Exported by Fanbase",
				"membershipDuration", MEMBERSHIP, "ingestedUserListInfo",
				Map.of("uploadKeyTypes", List.of("CONTACT_ID")));
		String body = context.http()
			.exchange(request(context, "create_audience", HttpMethod.POST, account(context) + "/userLists")
				.body(MediaType.APPLICATION_JSON, GooglePlatform.write(list), 0))
			.body();
		JsonNode created = GooglePlatform.read(body);
		String id = created.path("id").asString("");
		return id.isEmpty() ? created.path("name").asString().replaceFirst(".*/", "") : id;
	}

	UploadSession open(PlatformContext context, Direction direction, String audienceId) {
		return new UploadSession() {

			@Override
			public long send(Batch batch) {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("destinations", List.of(destination(context, audienceId)));
				body.put("audienceMembers", members(batch));
				if (direction == Direction.ADD) {
					body.put("consent",
							Map.of("adUserData", "CONSENT_GRANTED", "adPersonalization", "CONSENT_GRANTED"));
				}
				body.put("encoding", "HEX");
				String path = (direction == Direction.ADD) ? "/audienceMembers:ingest" : "/audienceMembers:remove";
				context.http()
					.exchange(request(context, direction.name().toLowerCase(), HttpMethod.POST, path)
						.body(MediaType.APPLICATION_JSON, GooglePlatform.write(body), batch.size()));
				return 0;
			}

			@Override
			public String audienceId() {
				return audienceId;
			}

			@Override
			public String state() {
				return null;
			}

		};
	}

	Map<String, Object> figures(PlatformContext context, String audienceId) {
		String body = context.http()
			.exchange(request(context, "figures", HttpMethod.GET, account(context) + "/userLists/" + audienceId))
			.body();
		JsonNode list = GooglePlatform.read(body);
		Map<String, Object> figures = new LinkedHashMap<>();
		JsonNode size = list.path("sizeInfo");
		if (size.has("displayNetworkMembersCount")) {
			figures.put("display_network_members", size.path("displayNetworkMembersCount").asLong());
		}
		if (size.has("searchNetworkMembersCount")) {
			figures.put("search_network_members", size.path("searchNetworkMembersCount").asLong());
		}
		JsonNode rate = list.path("ingestedUserListInfo").path("contactIdInfo").path("matchRatePercentage");
		if (!rate.isMissingNode()) {
			figures.put("match_rate_percentage", rate.asInt());
		}
		return figures;
	}

	void deleteUserList(PlatformContext context, String audienceId) {
		context.http()
			.exchange(request(context, "delete_audience", HttpMethod.DELETE,
					account(context) + "/userLists/" + audienceId));
	}

	private static List<Map<String, Object>> members(Batch batch) {
		List<Map<String, Object>> members = new ArrayList<>(batch.size());
		for (Member member : batch.members()) {
			List<Map<String, String>> identifiers = new ArrayList<>(2);
			if (member.emailKey() != null) {
				identifiers.add(Map.of("emailAddress", member.emailKey()));
			}
			if (member.phoneKey() != null) {
				identifiers.add(Map.of("phoneNumber", member.phoneKey()));
			}
			members.add(Map.of("userData", Map.of("userIdentifiers", identifiers)));
		}
		return members;
	}

	private static Map<String, Object> destination(PlatformContext context, String audienceId) {
		Map<String, Object> destination = new LinkedHashMap<>();
		destination.put("operatingAccount",
				Map.of("accountType", "GOOGLE_ADS", "accountId", GooglePlatform.customerId(context, "customer_id")));
		String login = GooglePlatform.customerId(context, "login_customer_id");
		if (login != null && !login.isBlank()) {
			destination.put("loginAccount", Map.of("accountType", "GOOGLE_ADS", "accountId", login));
		}
		destination.put("productDestinationId", audienceId);
		return destination;
	}

	private static String account(PlatformContext context) {
		return "/accountTypes/GOOGLE_ADS/accounts/" + GooglePlatform.customerId(context, "customer_id");
	}

	private PlatformRequest request(PlatformContext context, String operation, HttpMethod method, String path) {
		PlatformRequest request = PlatformRequest.of(operation, method, URI.create(this.base + path))
			.header("Authorization", "Bearer " + this.auth.accessToken(context));
		String login = GooglePlatform.customerId(context, "login_customer_id");
		if (login != null && !login.isBlank()) {
			request.header("login-account", "accountTypes/GOOGLE_ADS/accounts/" + login);
		}
		return request;
	}

}
