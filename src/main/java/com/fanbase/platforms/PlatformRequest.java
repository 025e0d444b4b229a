package com.fanbase.platforms;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * One request to a platform. {@code operation} names it in the request log
 * ({@code create_audience}, {@code add}, ...); {@code items} is how many members it
 * carries. Only the URI's path is logged, never its query or the body.
 * <p>
 * {@code arrived}, when set, asks the platform whether this request reached it: the
 * client calls it before sending again a request whose answer was lost, and takes its
 * answer (present: it arrived, with the platform's own account of it) instead of sending
 * twice. A platform that can tell (Meta's upload sessions) thus gets each batch once.
 */
public record PlatformRequest(String operation, HttpMethod method, URI uri, HttpHeaders headers, MediaType contentType,
		Object body, int items, Supplier<Optional<PlatformReply>> arrived) {

	public static PlatformRequest of(String operation, HttpMethod method, URI uri) {
		return new PlatformRequest(operation, method, uri, new HttpHeaders(), null, null, 0, null);
	}

	/** How to ask the platform whether this request arrived, when its answer is lost. */
	public PlatformRequest arrived(Supplier<Optional<PlatformReply>> check) {
		return new PlatformRequest(this.operation, this.method, this.uri, this.headers, this.contentType, this.body,
				this.items, check);
	}

	public PlatformRequest header(String name, String value) {
		this.headers.set(name, value);
		return this;
	}

	public PlatformRequest body(MediaType type, Object value, int count) {
		return new PlatformRequest(this.operation, this.method, this.uri, this.headers, type, value, count,
				this.arrived);
	}

}
