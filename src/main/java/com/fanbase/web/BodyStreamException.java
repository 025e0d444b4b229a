package com.fanbase.web;

import java.io.IOException;

import jakarta.servlet.ServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request body that could not be read as its headers say: not the gzip its
 * {@code Content-Encoding} names, or inflating past the limits. It is an
 * {@link IOException} so that it travels through any reader of the body; the request
 * remembers it, so a reader that keeps what it read before the cut (ingestion) can still
 * answer with the right problem.
 */
public final class BodyStreamException extends IOException {

	private static final String ATTRIBUTE = BodyStreamException.class.getName();

	private final HttpStatus status;

	private final String slug;

	private final String title;

	private BodyStreamException(HttpStatus status, String slug, String title, String detail) {
		super(detail);
		this.status = status;
		this.slug = slug;
		this.title = title;
	}

	static BodyStreamException malformed(String detail) {
		return new BodyStreamException(HttpStatus.BAD_REQUEST, "malformed-encoding", "Malformed content encoding",
				detail);
	}

	static BodyStreamException tooLarge(String detail) {
		return new BodyStreamException(HttpStatus.CONTENT_TOO_LARGE, "inflated-body-too-large",
				"Inflated body too large", detail);
	}

	BodyStreamException recordOn(ServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
		return this;
	}

	/** The failure the request's body stream raised, or null when it raised none. */
	public static BodyStreamException raisedBy(ServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof BodyStreamException failure) ? failure : null;
	}

	/** The failure somewhere in a chain of causes, or null. */
	static BodyStreamException in(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyStreamException failure) {
				return failure;
			}
		}
		return null;
	}

	public HttpStatus status() {
		return this.status;
	}

	/** The problem to answer, without the parts a reader adds (what it kept). */
	public ProblemDetail problem() {
		return Problems.of(this.status, this.slug, this.title, getMessage());
	}

}
