package com.fanbase.platforms.brevo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformRequest;

/**
 * How every Brevo call is made: the tenant's {@code api-key} header, JSON accepted, and
 * an empty answer read as an empty object.
 */
final class BrevoHttp {

	private static final JsonMapper json = JsonMapper.builder().build();

	private BrevoHttp() {
	}

	static JsonNode call(PlatformContext context, PlatformRequest request) {
		request.header("api-key", context.credentials().require("api_key"));
		request.header("Accept", "application/json");
		String body = context.http().exchange(request).body();
		return json.readTree((body == null || body.isBlank()) ? "{}" : body);
	}

}
