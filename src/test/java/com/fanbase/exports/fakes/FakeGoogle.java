package com.fanbase.exports.fakes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;

import com.fanbase.exports.fakes.FakeServer.Reply;
import com.fanbase.exports.fakes.FakeServer.Request;

/**
 * Google's OAuth token endpoint, the Data Manager API ({@code userLists},
 * {@code audienceMembers:ingest|remove}) and the Google Ads API's Customer Match flow
 * (user lists, offline user data jobs), as their references document them. Credentials
 * are told apart by refresh token; a refresh token starting with {@code revoked} gets
 * {@code invalid_grant}.
 */
public final class FakeGoogle {

	public static final int MAX_MEMBERS = 10_000;

	private static final Reply BAD = Reply.json(400,
			Map.of("error", Map.of("code", 400, "message", "Invalid request", "status", "INVALID_ARGUMENT")));

	private final FakeServer.Audiences audiences = new FakeServer.Audiences();

	private final Map<String, String> jobs = new ConcurrentHashMap<>();

	private final Set<String> ranJobs = ConcurrentHashMap.newKeySet();

	public final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

	public final FakeGoogleAdsReports reports = new FakeGoogleAdsReports();

	static String token(Request request) {
		String bearer = request.header("authorization");
		if (bearer != null && bearer.startsWith("Bearer ya29.")) {
			return bearer.substring("Bearer ya29.".length());
		}
		return request.form().get("refresh_token");
	}

	public Set<String> members(String audience) {
		return this.audiences.of(audience);
	}

	public boolean exists(String audience) {
		return this.audiences.exists(audience);
	}

	public boolean ran(String job) {
		return this.ranJobs.contains(job);
	}

	Reply oauth(Request request) {
		Map<String, String> form = request.form();
		FakeServer.check(
				request.method().equals("POST") && "refresh_token".equals(form.get("grant_type"))
						&& form.get("client_id") != null && form.get("client_secret") != null,
				"bad token request " + form.keySet(), Reply.json(400, Map.of("error", "invalid_request")));
		if (form.get("refresh_token").startsWith("revoked")) {
			return Reply.json(400,
					Map.of("error", "invalid_grant", "error_description", "Token has been expired or revoked."));
		}
		return Reply.json(200, Map.of("access_token", "ya29." + form.get("refresh_token"), "expires_in", 3599,
				"token_type", "Bearer"));
	}

	Reply handle(Request request) {
		FakeServer.check(
				request.header("authorization") != null && request.header("authorization").startsWith("Bearer ya29."),
				"no OAuth bearer", Reply.json(401, Map.of("error", Map.of("code", 401, "status", "UNAUTHENTICATED"))));
		String path = request.path();
		if (path.matches("/v1/accountTypes/GOOGLE_ADS/accounts/[0-9]+/userLists") && request.method().equals("POST")) {
			JsonNode list = request.json();
			FakeServer.check(!list.path("displayName").asString("").isBlank(), "no displayName", BAD);
			FakeServer.check(
					list.path("ingestedUserListInfo").path("uploadKeyTypes").toString().equals("[\"CONTACT_ID\"]"),
					"uploadKeyTypes " + list.path("ingestedUserListInfo"), BAD);
			FakeServer.check(list.path("membershipDuration").asString("").matches("[0-9]+s"), "membershipDuration",
					BAD);
			String id = this.audiences.create();
			return Reply.json(200, Map.of("name", path.substring(4) + "/" + id, "id", id));
		}
		if (path.matches("/v1/accountTypes/GOOGLE_ADS/accounts/[0-9]+/userLists/[0-9]+")) {
			String id = path.replaceFirst(".*/", "");
			FakeServer.check(this.audiences.exists(id), "unknown user list", BAD);
			if (request.method().equals("DELETE")) {
				this.audiences.delete(id);
				return Reply.json(200, "{}");
			}
			return Reply.json(200, Map.of("id", id, "sizeInfo", Map.of("displayNetworkMembersCount",
					this.audiences.of(id).size(), "searchNetworkMembersCount", this.audiences.of(id).size())));
		}
		FakeServer.check(path.equals("/v1/audienceMembers:ingest") || path.equals("/v1/audienceMembers:remove"),
				"unknown path " + path, BAD);
		return members(request, path.endsWith(":ingest"));
	}

	private Reply members(Request request, boolean ingest) {
		JsonNode body = request.json();
		JsonNode destination = body.path("destinations").path(0);
		FakeServer.check(
				destination.path("operatingAccount").path("accountType").asString("").equals("GOOGLE_ADS")
						&& destination.path("operatingAccount").path("accountId").asString("").matches("[0-9]+"),
				"destination " + destination, BAD);
		String list = destination.path("productDestinationId").asString("");
		FakeServer.check(this.audiences.exists(list), "unknown productDestinationId " + list, BAD);
		FakeServer.check(body.path("encoding").asString("").equals("HEX"), "encoding", BAD);
		if (ingest) {
			FakeServer.check(
					body.path("consent").path("adUserData").asString("").equals("CONSENT_GRANTED")
							&& body.path("consent").path("adPersonalization").asString("").equals("CONSENT_GRANTED"),
					"consent " + body.path("consent"), BAD);
		}
		JsonNode members = body.path("audienceMembers");
		FakeServer.check(members.size() >= 1 && members.size() <= MAX_MEMBERS, "members " + members.size(), BAD);
		for (JsonNode member : members) {
			apply(list, identifiers(member.path("userData").path("userIdentifiers"), ingest), ingest);
		}
		this.batchSizes.add(members.size());
		return Reply.json(200, Map.of("requestId", "req-" + System.nanoTime()));
	}

	Reply ads(Request request) {
		FakeServer.check(request.header("developer-token") != null, "no developer-token", BAD);
		FakeServer.check(
				request.header("authorization") != null && request.header("authorization").startsWith("Bearer ya29."),
				"no OAuth bearer", BAD);
		String path = request.path().replaceFirst("^/v[0-9]+", "");
		Reply report = this.reports.handle(request, path);
		if (report != null) {
			return report;
		}
		JsonNode body = request.json();
		if (path.matches("/customers/[0-9]+/userLists:mutate")) {
			JsonNode operation = body.path("operations").path(0);
			if (operation.has("remove")) {
				this.audiences.delete(operation.path("remove").asString().replaceFirst(".*/", ""));
				return Reply.json(200, "{\"results\":[{}]}");
			}
			JsonNode crm = operation.path("create").path("crmBasedUserList");
			FakeServer.check(crm.path("uploadKeyType").asString("").equals("CONTACT_INFO"), "uploadKeyType", BAD);
			String id = this.audiences.create();
			return Reply.json(200, Map.of("results", List.of(Map.of("resourceName",
					path.substring(0, path.indexOf("/userLists")).substring(1) + "/userLists/" + id))));
		}
		if (path.matches("/customers/[0-9]+/offlineUserDataJobs:create")) {
			JsonNode job = body.path("job");
			FakeServer.check(job.path("type").asString("").equals("CUSTOMER_MATCH_USER_LIST"), "job type", BAD);
			String list = job.path("customerMatchUserListMetadata")
				.path("userList")
				.asString("")
				.replaceFirst(".*/", "");
			FakeServer.check(this.audiences.exists(list), "job for unknown list", BAD);
			String name = path.substring(1, path.indexOf(":")) + "/" + System.nanoTime();
			this.jobs.put(name, list);
			return Reply.json(200, Map.of("resourceName", name));
		}
		if (path.endsWith(":addOperations") || path.endsWith(":run")) {
			String job = path.substring(1, path.lastIndexOf(':'));
			FakeServer.check(this.jobs.containsKey(job), "unknown job " + job, BAD);
			FakeServer.check(!this.ranJobs.contains(job), "job already run " + job, BAD);
			if (path.endsWith(":run")) {
				this.ranJobs.add(job);
				return Reply.json(200, Map.of("name", job + "/operations/1"));
			}
			JsonNode operations = body.path("operations");
			FakeServer.check(operations.size() >= 1 && operations.size() <= 100_000, "operations", BAD);
			for (JsonNode operation : operations) {
				boolean create = operation.has("create");
				JsonNode identifiers = operation.path(create ? "create" : "remove").path("userIdentifiers");
				apply(this.jobs.get(job), identifiers(identifiers, create), create);
			}
			this.batchSizes.add(operations.size());
			return Reply.json(200, "{}");
		}
		if (path.matches("/customers/[0-9]+/googleAds:search")) {
			java.util.regex.Matcher list = java.util.regex.Pattern
				.compile("FROM user_list WHERE user_list.resource_name = 'customers/[0-9]+/userLists/([0-9]+)'")
				.matcher(body.path("query").asString(""));
			FakeServer.check(list.find() && this.audiences.exists(list.group(1)), "query " + body.path("query"), BAD);
			int size = this.audiences.of(list.group(1)).size();
			return Reply.json(200, Map.of("results", List.of(Map.of("userList", Map.of("resourceName", "x",
					"sizeForDisplay", String.valueOf(size), "sizeForSearch", String.valueOf(size))))));
		}
		throw new FakeServer.Violation("unknown ads path " + path, BAD);
	}

	private void apply(String list, String key, boolean add) {
		if (add) {
			this.audiences.of(list).add(key);
		}
		else {
			this.audiences.of(list).remove(key);
		}
	}

	private static String identifiers(JsonNode identifiers, boolean strict) {
		String email = "";
		String phone = "";
		FakeServer.check(identifiers.size() >= 1 && identifiers.size() <= 10, "identifiers " + identifiers.size(), BAD);
		for (JsonNode identifier : identifiers) {
			FakeServer.check(identifier.size() == 1, "identifier is a oneof: " + identifier, BAD);
			String value = identifier.properties().iterator().next().getValue().asString();
			FakeServer.check(FakeServer.isHash(value), "not a SHA-256 hex: " + identifier, BAD);
			if (identifier.has("emailAddress") || identifier.has("hashedEmail")) {
				email = value;
			}
			else if (identifier.has("phoneNumber") || identifier.has("hashedPhoneNumber")) {
				phone = value;
			}
			else {
				throw new FakeServer.Violation("unknown identifier " + identifier, BAD);
			}
		}
		return email + "|" + phone;
	}

}
