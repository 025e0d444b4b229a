package com.fanbase.tenants.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fanbase.tenants.TenantAccess;
import com.fanbase.web.ServletBodies;

/**
 * Reads the JSON body of an API request (not an ingestion stream) once, up to
 * {@code fanbase.api.max-body-size}, so that the {@code tenant_id} it names is known to
 * {@link TenantAccess} whichever way the endpoint reads its tenant; the handler reads the
 * same bytes again. A larger body is refused with 413 before anything reads it.
 */
@Component
class TenantBodyFilter extends OncePerRequestFilter {

	private static final String API = "/api/audience/";

	private static final String INGEST = "/api/audience/ingest/";

	private final JsonMapper json;

	private final ProblemWriter problems;

	private final long maxBytes;

	TenantBodyFilter(JsonMapper json, ProblemWriter problems,
			@Value("${fanbase.api.max-body-size:1MB}") DataSize maxBodySize) {
		this.json = json;
		this.problems = problems;
		this.maxBytes = maxBodySize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		String type = request.getContentType();
		return !path.startsWith(API) || path.startsWith(INGEST) || type == null || !type.contains("json");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = read(request.getInputStream());
		if (body == null) {
			this.problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
					"A request body may hold at most " + this.maxBytes + " bytes; ingestion endpoints take streams.");
			return;
		}
		TenantAccess.nameBodyTenant(request, bodyTenant(body));
		chain.doFilter(new Replayed(request, body), response);
	}

	/** The body, or null when it is longer than allowed. */
	private byte[] read(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
		return (bytes.length > this.maxBytes) ? null : bytes;
	}

	/**
	 * The body's top-level tenant_id as written; null when there is none or the body is
	 * not an object.
	 */
	private JsonNode bodyTenant(byte[] body) {
		try {
			JsonNode tree = this.json.readTree(body);
			JsonNode tenant = (tree != null && tree.isObject()) ? tree.get("tenant_id") : null;
			return (tenant == null || tenant.isNull()) ? null : tenant;
		}
		catch (JacksonException ex) {
			// The handler reads the body again and answers malformed-body.
			return null;
		}
	}

	private static final class Replayed extends HttpServletRequestWrapper {

		private final byte[] body;

		Replayed(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			return ServletBodies.of(new ByteArrayInputStream(this.body));
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}
