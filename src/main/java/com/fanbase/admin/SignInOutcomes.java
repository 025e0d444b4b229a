package com.fanbase.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import com.fanbase.privacy.AuditLog;
import com.fanbase.tenants.Actor;

/**
 * What follows a sign-in: a success forgets the address's refused attempts and goes to
 * the page first asked for; a refusal counts against the address and goes back to the
 * login page with its reason. Both, and signing out, are recorded in the audit log.
 */
final class SignInOutcomes {

	static final String SIGN_IN = "sign-in";

	static final String SIGN_OUT = "sign-out";

	private static final Logger log = LoggerFactory.getLogger(SignInOutcomes.class);

	private final SignInThrottle throttle;

	private final String loginPage;

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	private final AuditLog audit;

	SignInOutcomes(SignInThrottle throttle, String loginPage, AuditLog audit) {
		this.throttle = throttle;
		this.loginPage = loginPage;
		this.audit = audit;
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
			if (authentication.getPrincipal() instanceof Actor.Attributed attributed) {
				record(attributed, SIGN_IN, method(request, authentication), 200);
			}
			toPage.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Records a sign-in, its refusal or a sign-out: who by id and role only (never what
	 * was typed), how ({@code method}: password, sso or operator_key), and for a refusal
	 * its reason. A refusal of an email nobody has is anonymous and filed under no
	 * tenant.
	 */
	void record(Actor.Attributed who, String action, String method, int status, String... reason) {
		Map<String, String> target = new LinkedHashMap<>();
		target.put("method", method);
		if (reason.length > 0) {
			target.put("reason", reason[0]);
		}
		try {
			this.audit.record((who != null) ? who.tenant() : null, (who != null) ? who.actor() : Actor.anonymous(),
					action, target, status);
		}
		catch (RuntimeException ex) {
			log.error("Could not record a {} in the audit log", action, ex);
		}
	}

	LogoutHandler signOut() {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof Actor.Attributed attributed) {
				record(attributed, SIGN_OUT, methodOf(attributed), 200);
			}
		};
	}

	private String method(HttpServletRequest request, Authentication authentication) {
		return this.loginPage.equals(AdminSecurityConfiguration.OPERATOR_LOGIN) ? "operator_key" : "password";
	}

	private String methodOf(Actor.Attributed attributed) {
		return this.loginPage.equals(AdminSecurityConfiguration.OPERATOR_LOGIN) ? "operator_key" : "session";
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
				record(user, SIGN_IN, "sso", 200);
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
			SignInProblem problem = AdminSecurityConfiguration.problemOf(ex);
			String method = (ex instanceof OAuth2AuthenticationException) ? "sso"
					: this.loginPage.equals(AdminSecurityConfiguration.OPERATOR_LOGIN) ? "operator_key" : "password";
			record((ex instanceof SignInRefusedException refused) ? refused.named() : null, SIGN_IN, method, 401,
					problem.code());
			AdminSecurityConfiguration.redirect(request, response, this.loginPage,
					AdminSecurityConfiguration.problemOf(ex));
		};
	}

	private static String address(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
