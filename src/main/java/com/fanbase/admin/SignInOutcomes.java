package com.fanbase.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * What follows a sign-in: a success forgets the address's refused attempts and goes to
 * the page first asked for; a refusal counts against the address and goes back to the
 * login page with its reason.
 */
final class SignInOutcomes {

	private final SignInThrottle throttle;

	private final String loginPage;

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	SignInOutcomes(SignInThrottle throttle, String loginPage) {
		this.throttle = throttle;
		this.loginPage = loginPage;
		this.requestCache.setRequestMatcher(
				(request) -> "GET".equals(request.getMethod()) && !AdminSecurityConfiguration.isHtmx(request));
	}

	HttpSessionRequestCache requestCache() {
		return this.requestCache;
	}

	AuthenticationSuccessHandler success(String defaultPage) {
		SavedRequestAwareAuthenticationSuccessHandler toPage = new SavedRequestAwareAuthenticationSuccessHandler();
		toPage.setDefaultTargetUrl(defaultPage);
		toPage.setRequestCache(this.requestCache);
		return (request, response, authentication) -> {
			this.throttle.succeeded(request.getRemoteAddr());
			toPage.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * After single sign-on the session holds the admin user, not the provider's: the rest
	 * of the admin sees one kind of principal however its user signed in.
	 */
	AuthenticationSuccessHandler oidcSuccess(String defaultPage) {
		AuthenticationSuccessHandler then = success(defaultPage);
		HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof TenantOidcUserService.TenantOidcUser oidc) {
				AdminUser user = oidc.user();
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
				SecurityContextHolder.setContext(context);
				sessions.saveContext(context, request, response);
			}
			then.onAuthenticationSuccess(request, response, authentication);
		};
	}

	AuthenticationFailureHandler failure() {
		return (request, response, ex) -> {
			this.throttle.failed(address(request));
			AdminSecurityConfiguration.redirect(request, response, this.loginPage,
					AdminSecurityConfiguration.problemOf(ex));
		};
	}

	private static String address(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
