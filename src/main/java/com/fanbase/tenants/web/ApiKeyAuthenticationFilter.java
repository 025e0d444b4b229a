package com.fanbase.tenants.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fanbase.tenants.ApiKeys;
import com.fanbase.tenants.Caller;

/**
 * Reads {@code Authorization: Bearer <key>}. A request without one goes on
 * unauthenticated (and is refused by the rules unless the path is public); a key that is
 * unknown or revoked is refused here, so a client learns its key is bad rather than that
 * it sent none.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	/**
	 * Paths that authenticate callers by their own means (a platform's webhook token in
	 * the Authorization header), so the header is not read as an API key here.
	 */
	static final String OWN_AUTHENTICATION = "/api/audience/webhooks/brevo";

	private final ApiKeys keys;

	private final ProblemWriter problems;

	ApiKeyAuthenticationFilter(ApiKeys keys, ProblemWriter problems) {
		this.keys = keys;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return OWN_AUTHENTICATION.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Caller> caller = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				? this.keys.authenticate(header.substring(BEARER.length()).strip()) : Optional.empty();
		if (caller.isEmpty()) {
			this.problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-api-key", "Invalid API key",
					"The key in the Authorization header is unknown or revoked.");
			return;
		}
		SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(caller.get()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
