package com.fanbase.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fanbase.tenants.ApiKeys;

/**
 * Ends an admin session as soon as the tenant key it signed in with is revoked, so
 * revoking a key locks out its browser sessions too, on every replica.
 */
class RevokedKeyFilter extends OncePerRequestFilter {

	private final ApiKeys keys;

	RevokedKeyFilter(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AdminUser user && !user.operator()
				&& this.keys.list(user.tenant()).stream().noneMatch((key) -> key.id() == user.keyId())) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			AdminSecurityConfiguration.toLogin(request, response, SignInProblem.REVOKED);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Scripts, styles and the login page need no check (nor a session read). */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/webjars/") || path.startsWith("/admin/assets/")
				|| path.equals(AdminSecurityConfiguration.LOGIN);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

}
