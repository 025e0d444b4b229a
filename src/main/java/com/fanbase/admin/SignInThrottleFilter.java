package com.fanbase.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in from an address the {@link SignInThrottle} holds back, before its
 * key is checked.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean signIn = "POST".equals(request.getMethod())
				&& AdminSecurityConfiguration.LOGIN.equals(request.getServletPath());
		if (signIn && !this.throttle.allows(request.getRemoteAddr())) {
			AdminSecurityConfiguration.toLogin(request, response, SignInProblem.TOO_MANY_ATTEMPTS);
			return;
		}
		chain.doFilter(request, response);
	}

}
