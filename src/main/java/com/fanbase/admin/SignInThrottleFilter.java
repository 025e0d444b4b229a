package com.fanbase.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in from an address the {@link SignInThrottle} holds back, before its
 * password or key is checked.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final String loginPath;

	SignInThrottleFilter(SignInThrottle throttle, String loginPath) {
		this.throttle = throttle;
		this.loginPath = loginPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean signIn = "POST".equals(request.getMethod()) && this.loginPath.equals(request.getServletPath());
		if (signIn && !this.throttle.allows(request.getRemoteAddr())) {
			AdminSecurityConfiguration.redirect(request, response, this.loginPath, SignInProblem.TOO_MANY_ATTEMPTS);
			return;
		}
		chain.doFilter(request, response);
	}

}
