package com.fanbase.tenants.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.fanbase.web.Problems;

/**
 * Writes problem details from the security filters, which run before Spring MVC's error
 * handling.
 */
@Component
class ProblemWriter {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	void write(HttpServletResponse response, HttpStatus status, String slug, String title, String detail)
			throws IOException {
		write(response, status, slug, title, detail, Map.of());
	}

	void write(HttpServletResponse response, HttpStatus status, String slug, String title, String detail,
			Map<String, Object> properties) throws IOException {
		ProblemDetail problem = Problems.of(status, slug, title, detail);
		properties.forEach(problem::setProperty);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
