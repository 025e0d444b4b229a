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

import com.fanbase.accounts.Account;
import com.fanbase.accounts.Accounts;

/**
 * Ends an admin session, on every replica, as soon as its user is disabled or removed,
 * signs out everywhere, resets the password or gets another role: each request reads the
 * user's {@code sessions_valid_from} (one indexed row).
 */
class SessionCheckFilter extends OncePerRequestFilter {

	private final Accounts accounts;

	SessionCheckFilter(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AdminUser user && !valid(user)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			AdminSecurityConfiguration.toLogin(request, response, SignInProblem.SESSION_ENDED);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean valid(AdminUser user) {
		Account account = this.accounts.find(user.tenant(), user.userId()).orElse(null);
		return account != null && account.active() && account.role() == user.role()
				&& !account.sessionsValidFrom().isAfter(user.signedInAt());
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
