package com.fanbase.platforms.google;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fanbase.platforms.AudiencePlatform;
import com.fanbase.platforms.Batch;
import com.fanbase.platforms.Direction;
import com.fanbase.platforms.Member;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformException;
import com.fanbase.platforms.PlatformReply;
import com.fanbase.platforms.PlatformRequest;
import com.fanbase.platforms.UploadSession;

/**
 * The Google Ads API's Customer Match flow: a CRM-based user list, then per upload
 * session one offline user data job that receives every batch ({@code :addOperations})
 * and is run ({@code :run}) after the last. A resumed session keeps adding to its job.
 */
final class GoogleAdsApi {

	private final String base;

	private final GoogleAuth auth;

	GoogleAdsApi(String base, GoogleAuth auth) {
		this.base = base;
		this.auth = auth;
	}

	String createUserList(PlatformContext context, String name) {
		Map<String, Object> create = Map.of("name", name, "description", "Exported by Fanbase", "membershipLifeSpan",
				"540", "crmBasedUserList", Map.of("uploadKeyType", "CONTACT_INFO", "dataSourceType", "FIRST_PARTY"));
		Map<String, Object> body = Map.of("operations", List.of(Map.of("create", create)), "partialFailure", false,
				"validateOnly", false);
		JsonNode reply = post(context, "create_audience", "/customers/" + customer(context) + "/userLists:mutate", body,
				0);
		return reply.path("results").path(0).path("resourceName").asString().replaceFirst(".*/", "");
	}

	UploadSession open(PlatformContext context, Direction direction, String audienceId, String resumeState) {
		return new UploadSession() {

			private String job = resumeState;

			@Override
			public long send(Batch batch) {
				if (this.job == null) {
					this.job = createJob(context, direction, audienceId);
				}
				String kind = (direction == Direction.ADD) ? "create" : "remove";
				List<Map<String, Object>> operations = new ArrayList<>(batch.size());
				for (Member member : batch.members()) {
					operations.add(Map.of(kind, Map.of("userIdentifiers", identifiers(member))));
				}
				Map<String, Object> body = Map.of("enablePartialFailure", true, "enableWarnings", false, "validateOnly",
						false, "operations", operations);
				JsonNode reply = post(context, direction.name().toLowerCase(), "/" + this.job + ":addOperations", body,
						batch.size());
				long failed = 0;
				for (JsonNode detail : reply.path("partialFailureError").path("details")) {
					failed += detail.path("errors").size();
				}
				return failed;
			}

			@Override
			public String audienceId() {
				return audienceId;
			}

			@Override
			public String state() {
				return this.job;
			}

			@Override
			public void finish() {
				if (this.job != null) {
					post(context, "run_job", "/" + this.job + ":run", Map.of("validateOnly", false), 0);
				}
			}

		};
	}

	Map<String, Object> figures(PlatformContext context, String audienceId) {
		String query = "SELECT user_list.size_for_display, user_list.size_for_search, user_list.match_rate_percentage"
				+ " FROM user_list WHERE user_list.resource_name = '" + userList(context, audienceId) + "'";
		JsonNode list = post(context, "figures", "/customers/" + customer(context) + "/googleAds:search",
				Map.of("query", query), 0)
			.path("results")
			.path(0)
			.path("userList");
		Map<String, Object> figures = new LinkedHashMap<>();
		for (String field : List.of("sizeForDisplay", "sizeForSearch", "matchRatePercentage")) {
			if (list.has(field)) {
				figures.put(field.replaceAll("([A-Z])", "_$1").toLowerCase(), list.path(field).asLong());
			}
		}
		return figures;
	}

	void deleteUserList(PlatformContext context, String audienceId) {
		post(context, "delete_audience", "/customers/" + customer(context) + "/userLists:mutate",
				Map.of("operations", List.of(Map.of("remove", userList(context, audienceId)))), 0);
	}

	private String createJob(PlatformContext context, Direction direction, String audienceId) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("userList", userList(context, audienceId));
		if (direction == Direction.ADD) {
			metadata.put("consent", Map.of("adUserData", "GRANTED", "adPersonalization", "GRANTED"));
		}
		Map<String, Object> body = Map.of("job",
				Map.of("type", "CUSTOMER_MATCH_USER_LIST", "customerMatchUserListMetadata", metadata), "validateOnly",
				false, "enableMatchRateRangePreview", false);
		return post(context, "create_job", "/customers/" + customer(context) + "/offlineUserDataJobs:create", body, 0)
			.path("resourceName")
			.asString();
	}

	private static List<Map<String, String>> identifiers(Member member) {
		List<Map<String, String>> identifiers = new ArrayList<>(2);
		if (member.emailKey() != null) {
			identifiers.add(Map.of("hashedEmail", member.emailKey()));
		}
		if (member.phoneKey() != null) {
			identifiers.add(Map.of("hashedPhoneNumber", member.phoneKey()));
		}
		return identifiers;
	}

	/**
	 * A campaign's lifetime {@code metrics.cost_micros} by {@code googleAds:search} (no
	 * date segment), in micros of the account currency.
	 */
	long costMicros(PlatformContext context, String campaignId) {
		if (!campaignId.matches("[0-9]{1,19}")) {
			throw new PlatformException(PlatformException.Kind.REJECTED,
					"A Google Ads campaign id is a number, not '" + campaignId + "'");
		}
		String query = "SELECT campaign.id, metrics.cost_micros FROM campaign WHERE campaign.id = " + campaignId;
		PlatformRequest request = request(context, "spend", "/customers/" + customer(context) + "/googleAds:search")
			.body(MediaType.APPLICATION_JSON, GooglePlatform.write(Map.of("query", query)), 0);
		long micros = 0;
		for (JsonNode row : answer(context.http().exchange(request, AudiencePlatform.SPEND_LONGEST_WAIT))
			.path("results")) {
			micros += Long.parseLong(row.path("metrics").path("costMicros").asString("0"));
		}
		return micros;
	}

	private JsonNode post(PlatformContext context, String operation, String path, Object body, int items) {
		PlatformRequest request = request(context, operation, path).body(MediaType.APPLICATION_JSON,
				GooglePlatform.write(body), items);
		return answer(context.http().exchange(request));
	}

	/** A POST with the OAuth bearer, developer token and login customer the API wants. */
	private PlatformRequest request(PlatformContext context, String operation, String path) {
		PlatformRequest request = PlatformRequest.of(operation, HttpMethod.POST, URI.create(this.base + path))
			.header("Authorization", "Bearer " + this.auth.accessToken(context))
			.header("developer-token", context.credentials().require("developer_token"));
		String login = GooglePlatform.customerId(context, "login_customer_id");
		if (login != null && !login.isBlank()) {
			request.header("login-customer-id", login);
		}
		return request;
	}

	private static JsonNode answer(PlatformReply reply) {
		String body = reply.body();
		return GooglePlatform.read((body == null || body.isBlank()) ? "{}" : body);
	}

	private static String customer(PlatformContext context) {
		return GooglePlatform.customerId(context, "customer_id");
	}

	private static String userList(PlatformContext context, String audienceId) {
		return "customers/" + customer(context) + "/userLists/" + audienceId;
	}

}
