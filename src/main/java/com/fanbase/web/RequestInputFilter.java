package com.fanbase.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's rules for what arrives outside a JSON body, before any handler: a query that
 * is not valid percent-encoded UTF-8 or holds a NUL character is refused naming the
 * parameter; a body marked {@code Content-Encoding: gzip} is inflated as it is read,
 * within {@code fanbase.api.max-inflated-size} and
 * {@code fanbase.api.max-inflation-ratio}; any other encoding is refused with 415.
 */
class RequestInputFilter extends OncePerRequestFilter {

	private static final String API = "/api/";

	private final JsonMapper json;

	private final long maxInflated;

	private final int maxRatio;

	RequestInputFilter(JsonMapper json, @Value("${fanbase.api.max-inflated-size:2GB}") DataSize maxInflated,
			@Value("${fanbase.api.max-inflation-ratio:100}") int maxRatio) {
		this.json = json;
		this.maxInflated = maxInflated.toBytes();
		this.maxRatio = maxRatio;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(API);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ProblemDetail refused = refusedQuery(request);
		if (refused == null) {
			refused = refusedEncoding(request.getHeader(HttpHeaders.CONTENT_ENCODING));
		}
		if (refused != null) {
			write(response, refused);
			return;
		}
		HttpServletRequest body = isGzip(request.getHeader(HttpHeaders.CONTENT_ENCODING)) ? new Inflated(request)
				: request;
		try {
			chain.doFilter(body, response);
		}
		catch (BodyStreamException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			write(response, ex.problem());
		}
	}

	private static ProblemDetail refusedQuery(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			// Tomcat refuses percent-escapes that do not decode as UTF-8.
			return new InvalidRequestException("", "the query is not valid percent-encoded UTF-8").getBody();
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			boolean nul = name.indexOf('\0') >= 0
					|| List.of(parameter.getValue()).stream().anyMatch((value) -> value.indexOf('\0') >= 0);
			if (nul) {
				return new InvalidRequestException(name.replace('\0', '?'), "must not contain a NUL character (%00)")
					.getBody();
			}
		}
		return null;
	}

	private static ProblemDetail refusedEncoding(String encoding) {
		if (encoding == null || encoding.isBlank() || isGzip(encoding)
				|| encoding.strip().equalsIgnoreCase("identity")) {
			return null;
		}
		return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-content-encoding",
				"Unsupported content encoding", "A request body may be sent as is or with Content-Encoding: gzip.");
	}

	private static boolean isGzip(String encoding) {
		if (encoding == null) {
			return false;
		}
		String name = encoding.strip().toLowerCase(Locale.ROOT);
		return name.equals("gzip") || name.equals("x-gzip");
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/** The request as its handler sees it: inflated, with no encoding left to undo. */
	private final class Inflated extends HttpServletRequestWrapper {

		private final InflatingInputStream body;

		Inflated(HttpServletRequest request) throws IOException {
			super(request);
			this.body = new InflatingInputStream(request.getInputStream(), request, RequestInputFilter.this.maxInflated,
					RequestInputFilter.this.maxRatio);
		}

		@Override
		public ServletInputStream getInputStream() {
			return ServletBodies.of(this.body);
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.CONTENT_ENCODING.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.CONTENT_ENCODING.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

		@Override
		public int getContentLength() {
			return -1;
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

	}

}
