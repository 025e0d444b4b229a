package com.fanbase.platforms.google;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fanbase.platforms.Credentials;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformRequest;

/**
 * OAuth access tokens from the tenant's refresh token, kept until a minute before they
 * expire.
 */
final class GoogleAuth {

	private final URI tokenUrl;

	private final Map<Credentials, Token> tokens = new ConcurrentHashMap<>();

	GoogleAuth(String tokenUrl) {
		this.tokenUrl = URI.create(tokenUrl);
	}

	String accessToken(PlatformContext context) {
		Token token = this.tokens.get(context.credentials());
		if (token != null && token.expires().isAfter(Instant.now().plusSeconds(60))) {
			return token.value();
		}
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "refresh_token");
		form.add("client_id", context.credentials().require("client_id"));
		form.add("client_secret", context.credentials().require("client_secret"));
		form.add("refresh_token", context.credentials().require("refresh_token"));
		String body = context.http()
			.exchange(PlatformRequest.of("oauth_token", HttpMethod.POST, this.tokenUrl)
				.body(MediaType.APPLICATION_FORM_URLENCODED, form, 0))
			.body();
		var reply = GooglePlatform.read(body);
		Token fresh = new Token(reply.path("access_token").asString(),
				Instant.now().plusSeconds(reply.path("expires_in").asLong(3600)));
		if (this.tokens.size() > 1000) {
			this.tokens.clear();
		}
		this.tokens.put(context.credentials(), fresh);
		return fresh.value();
	}

	private record Token(String value, Instant expires) {
	}

}
