package com.fanbase.exports;

import java.util.Set;
import java.util.function.Function;

import com.fanbase.exports.fakes.FakeServer.Reply;
import com.fanbase.exports.fakes.FakeServer;
import com.fanbase.platforms.Hashing;

/**
 * How a test drives one platform: credentials (good and refused), what the fake holds for
 * an audience, what key a customer must arrive as (computed here from the documented
 * rules, independently of the adapters) and what the platform's rate limit looks like.
 */
record PlatformDriver(String platform, Function<String, String> credentials, String badCredentials,
		Function<String, Set<String>> audience, Function<Fan, String> key, Reply rateLimited, String consent) {

	/** A test customer: what the adapters read and what the fakes should receive. */
	record Fan(long id, String email, String e164) {

		String phoneDigits() {
			return this.e164.substring(1);
		}

	}

	static PlatformDriver meta() {
		FakeServer fake = FakeServer.get();
		return new PlatformDriver("meta", (
				token) -> "{\"access_token\": \"%s\", \"ad_account_id\": \"act_1234\", \"app_id\": \"99\", \"app_secret\": \"s3cr3t-app-secret\"}"
					.formatted(token),
				"{\"access_token\": \"bad-token-%s\", \"ad_account_id\": \"1234\"}", fake.meta::members,
				(fan) -> Hashing.sha256(fan.email().strip().toLowerCase()) + "|" + Hashing.sha256(fan.phoneDigits()),
				Reply.json(400,
						"{\"error\":{\"message\":\"User request limit reached\",\"code\":17,\"error_subcode\":2446079}}")
					.header("X-Business-Use-Case-Usage",
							"{\"1234\":[{\"type\":\"custom_audience\",\"call_count\":100,\"estimated_time_to_regain_access\":1}]}"),
				"ads_consent");
	}

	static PlatformDriver google() {
		FakeServer fake = FakeServer.get();
		return new PlatformDriver("google", (
				token) -> "{\"customer_id\": \"123-456-7890\", \"client_id\": \"cid\", \"client_secret\": \"client-secret-1\", \"refresh_token\": \"%s\"}"
					.formatted(token),
				"{\"customer_id\": \"1234567890\", \"client_id\": \"cid\", \"client_secret\": \"x\", \"refresh_token\": \"revoked-%s\"}",
				fake.google::members,
				(fan) -> Hashing.sha256(googleEmail(fan.email())) + "|" + Hashing.sha256(fan.e164()),
				Reply.json(429,
						"{\"error\":{\"code\":429,\"message\":\"Quota exceeded\",\"status\":\"RESOURCE_EXHAUSTED\"}}")
					.header("Retry-After", "1"),
				"ads_consent");
	}

	static PlatformDriver tiktok() {
		FakeServer fake = FakeServer.get();
		return new PlatformDriver("tiktok",
				(token) -> "{\"advertiser_id\": \"7000\", \"access_token\": \"%s\"}".formatted(token),
				"{\"advertiser_id\": \"7000\", \"access_token\": \"bad-%s\"}", fake.tiktok::members,
				(fan) -> Hashing.sha256(tiktokEmail(fan.email())) + "|" + Hashing.sha256(fan.phoneDigits()),
				Reply.json(200, "{\"code\":40100,\"message\":\"Too many requests\",\"request_id\":\"r\",\"data\":{}}")
					.header("Retry-After", "1"),
				"ads_consent");
	}

	static PlatformDriver brevo() {
		FakeServer fake = FakeServer.get();
		return new PlatformDriver("brevo", (token) -> "{\"api_key\": \"%s\"}".formatted(token),
				"{\"api_key\": \"bad-%s\"}", fake.brevo::members, (fan) -> fan.email().strip().toLowerCase(),
				Reply.json(429, "{\"code\":\"too_many_requests\",\"message\":\"Too many requests\"}")
					.header("x-sib-ratelimit-reset", "1"),
				"email_consent");
	}

	private static String googleEmail(String email) {
		String value = email.strip().toLowerCase();
		String local = value.substring(0, value.indexOf('@'));
		String domain = value.substring(value.indexOf('@') + 1);
		if (domain.equals("gmail.com")) {
			local = local.replaceFirst("\\+.*", "").replace(".", "");
		}
		return local + "@" + domain;
	}

	private static String tiktokEmail(String email) {
		String value = email.strip().toLowerCase();
		String local = value.substring(0, value.indexOf('@')).replaceFirst("\\+.*", "").replace(".", "");
		return local + value.substring(value.indexOf('@'));
	}

	@Override
	public String toString() {
		return this.platform;
	}

}
