package com.fanbase.platforms;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * One request to a platform. {@code operation} names it in the request log
 * ({@code create_audience}, {@code add}, ...); {@code items} is how many members it
 * carries. Only the URI's path is logged, never its query or the body.
 */
public record PlatformRequest(String operation, HttpMethod method, URI uri, HttpHeaders headers, MediaType contentType,
		Object body, int items) {

	public static PlatformRequest of(String operation, HttpMethod method, URI uri) {
		return new PlatformRequest(operation, method, uri, new HttpHeaders(), null, null, 0);
	}

	public PlatformRequest header(String name, String value) {
		this.headers.set(name, value);
		return this;
	}

	public PlatformRequest body(MediaType type, Object value, int count) {
		return new PlatformRequest(this.operation, this.method, this.uri, this.headers, type, value, count);
	}

}
