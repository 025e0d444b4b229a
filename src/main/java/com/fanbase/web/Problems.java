package com.fanbase.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds problem details with Fanbase's stable type URIs, so clients can switch on
 * {@code type} rather than parse the human {@code detail}.
 */
public final class Problems {

	public static final String TYPE_BASE = "https://fanbase.dev/problems/";

	private Problems() {
	}

	public static URI type(String slug) {
		return URI.create(TYPE_BASE + slug);
	}

	public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		problem.setTitle(title);
		return problem;
	}

}
