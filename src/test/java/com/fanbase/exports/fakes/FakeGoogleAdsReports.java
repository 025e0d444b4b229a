package com.fanbase.exports.fakes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fanbase.exports.fakes.FakeServer.Reply;
import com.fanbase.exports.fakes.FakeServer.Request;

/**
 * The Google Ads API's {@code POST /customers/{id}/googleAds:search} for one campaign's
 * cost (other searches, of user lists, are left to {@link FakeGoogle}): a GAQL query
 * selecting {@code metrics.cost_micros} from {@code campaign} filtered by
 * {@code campaign.id}; answers {@code results} with {@code metrics.costMicros} as an
 * int64 string, per refresh token and customer (an unknown campaign has no rows, as on
 * Google).
 */
public final class FakeGoogleAdsReports {

	private static final Pattern QUERY = Pattern.compile(
			"SELECT campaign\\.id, metrics\\.cost_micros FROM campaign WHERE campaign\\.id = ([0-9]+)",
			Pattern.CASE_INSENSITIVE);

	private static final Reply BAD = Reply.json(400, Map.of("error",
			Map.of("code", 400, "message", "Request contains an invalid argument.", "status", "INVALID_ARGUMENT")));

	private final Map<String, Long> micros = new ConcurrentHashMap<>();

	/** The campaign's lifetime cost in micros of the account currency. */
	public void set(String refreshToken, String customer, String campaign, long costMicros) {
		this.micros.put(refreshToken + "/" + customer + "/" + campaign, costMicros);
	}

	/** The reply when the request is a search, else null. */
	Reply handle(Request request, String path) {
		if (!path.matches("/customers/[0-9]+/googleAds:search")
				|| !request.json().path("query").asString("").toUpperCase().contains(" FROM CAMPAIGN")) {
			return null;
		}
		FakeServer.check(request.method().equals("POST"), "search with " + request.method(), BAD);
		FakeServer.check(request.header("content-type").startsWith("application/json"), "search body is not JSON", BAD);
		Matcher query = QUERY.matcher(request.json().path("query").asString("").trim());
		FakeServer.check(query.matches(), "query " + request.json().path("query"), BAD);
		String customer = path.split("/")[2];
		Long cost = this.micros.get(FakeGoogle.token(request) + "/" + customer + "/" + query.group(1));
		if (cost == null) {
			return Reply.json(200, Map.of("fieldMask", "campaign.id,metrics.costMicros"));
		}
		return Reply.json(200,
				Map.of("results",
						List.of(Map.of("campaign",
								Map.of("resourceName", "customers/" + customer + "/campaigns/" + query.group(1), "id",
										query.group(1)),
								"metrics", Map.of("costMicros", String.valueOf(cost)))),
						"fieldMask", "campaign.id,metrics.costMicros"));
	}

}
