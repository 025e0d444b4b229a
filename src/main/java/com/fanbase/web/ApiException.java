package com.fanbase.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Base of the exceptions that name a condition a client can act on. Each subclass picks
 * its status and problem type; the detail is safe to show (never PII, never secrets).
 */
public abstract class ApiException extends ErrorResponseException {

	protected ApiException(HttpStatus status, String slug, String title, String detail) {
		this(status, slug, title, detail, Map.of());
	}

	protected ApiException(HttpStatus status, String slug, String title, String detail,
			Map<String, Object> properties) {
		super(status, problem(status, slug, title, detail, properties), null);
	}

	private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail,
			Map<String, Object> properties) {
		ProblemDetail problem = Problems.of(status, slug, title, detail);
		properties.forEach(problem::setProperty);
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
