package com.fanbase.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import com.fanbase.accounts.AccountCredentials;
import com.fanbase.accounts.Accounts;
import com.fanbase.accounts.SsoConfigurations;
import com.fanbase.privacy.AuditLog;
import com.fanbase.tenants.ApiKeys;
import com.fanbase.tenants.OwnerRule;
import com.fanbase.tenants.OwnerRuleAuthorization;
import com.fanbase.tenants.OwnerRuleSettings;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.Tenants;

/**
 * The admin's filter chains, ahead of the API's bearer-key chain (which handles every
 * other path): the tenant admin (users sign in with email, password and an optional
 * authenticator code, or through their tenant's OpenID Connect provider) and the operator
 * console (the operator key). Both keep the session in PostgreSQL, change its id on
 * sign-in, want CSRF tokens on every form and htmx request, throttle refused sign-ins per
 * address and send a strict content security policy. Each role opens only its pages and
 * actions: see {@link #rolesOf}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdminSecurityConfiguration {

	static final String LOGIN = "/admin/login";

	static final String OPERATOR_LOGIN = "/admin/operator/login";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** As a bean it also keeps Spring Boot from configuring a generated user password. */
	@Bean
	UserAuthenticationProvider userAuthenticationProvider(AccountCredentials credentials, Tenants tenants,
			Clock clock) {
		return new UserAuthenticationProvider(credentials, tenants, clock);
	}

	@Bean
	SignInThrottle signInThrottle(@Value("${fanbase.admin.sign-in.max-failures:10}") int maxFailures,
			@Value("${fanbase.admin.sign-in.window:15m}") Duration window, Clock clock) {
		return new SignInThrottle(maxFailures, window, clock);
	}

	@Bean
	TenantClientRegistrations tenantClientRegistrations(SsoConfigurations settings) {
		return new TenantClientRegistrations(settings);
	}

	@Bean
	@Order(0)
	SecurityFilterChain operatorConsoleSecurity(HttpSecurity http, ApiKeys keys, SignInThrottle throttle,
			AuditLog audit) throws Exception {
		SignInOutcomes outcomes = new SignInOutcomes(throttle, OPERATOR_LOGIN, audit);
		http.securityMatcher("/admin/operator", "/admin/operator/**")
			.authenticationManager(new ProviderManager(new OperatorKeyAuthenticationProvider(keys)))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(OPERATOR_LOGIN)
				.permitAll()
				.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
				.permitAll()
				.anyRequest()
				.hasAuthority(OperatorUser.AUTHORITY))
			.formLogin((form) -> form.loginPage(OPERATOR_LOGIN)
				.loginProcessingUrl(OPERATOR_LOGIN)
				.usernameParameter("operator")
				.passwordParameter("key")
				.successHandler(outcomes.success("/admin/operator"))
				.failureHandler(outcomes.failure()))
			.logout((logout) -> logout.logoutUrl("/admin/operator/logout")
				.addLogoutHandler(outcomes.signOut())
				.logoutSuccessUrl(OPERATOR_LOGIN + "?signed-out"))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> redirect(request, response, OPERATOR_LOGIN, null)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.addFilterBefore(new SignInThrottleFilter(throttle, OPERATOR_LOGIN),
					UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain adminSecurity(HttpSecurity http, UserAuthenticationProvider provider, Accounts accounts,
			SignInThrottle throttle, TenantClientRegistrations registrations, TenantOidcUserService oidcUsers,
			OwnerRuleSettings ownerRules, AuditLog audit) throws Exception {
		SignInOutcomes outcomes = new SignInOutcomes(throttle, LOGIN, audit);
		http.securityMatcher("/admin", "/admin/**", "/webjars/**")
			.authenticationProvider(provider)
			.authorizeHttpRequests((requests) -> rolesOf(requests, ownerRules))
			.formLogin((form) -> form.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.usernameParameter("email")
				.passwordParameter("password")
				.authenticationDetailsSource(SignInDetails::of)
				.successHandler(outcomes.success("/admin"))
				.failureHandler(outcomes.failure()))
			.oauth2Login((oauth) -> oauth.loginPage(LOGIN)
				.clientRegistrationRepository(registrations)
				.authorizedClientRepository(new ForgetfulAuthorizedClients())
				.authorizationEndpoint((endpoint) -> endpoint.baseUri("/admin/oauth2/authorization"))
				.redirectionEndpoint((endpoint) -> endpoint.baseUri("/admin/login/oauth2/code/*"))
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(oidcUsers))
				.successHandler(outcomes.oidcSuccess("/admin"))
				.failureHandler(outcomes.failure()))
			.logout((logout) -> logout.logoutUrl("/admin/logout")
				.addLogoutHandler(outcomes.signOut())
				.logoutSuccessUrl(LOGIN + "?signed-out"))
			.requestCache((cache) -> cache.requestCache(outcomes.requestCache()))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> toLogin(request, response, null))
				.accessDeniedHandler(new RefusedPage()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.addFilterAfter(new SessionCheckFilter(accounts), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new SignInThrottleFilter(throttle, LOGIN), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	TenantOidcUserService tenantOidcUserService(Accounts accounts, SsoConfigurations settings, Tenants tenants,
			Clock clock) {
		return new TenantOidcUserService(accounts, settings, tenants, clock);
	}

	/**
	 * Who may open what. Analysts read every page; marketers also act; owners alone
	 * manage the team, single sign-on and the audit log, and change platform credentials
	 * and the webhook secret unless the tenant's owner rules open those to marketers.
	 * Every user manages their own account.
	 */
	private static void rolesOf(
			org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			OwnerRuleSettings ownerRules) {
		String analyst = Role.ANALYST.name();
		requests
			.requestMatchers(LOGIN, "/admin/assets/**", "/webjars/**", "/admin/invitations/**", "/admin/reset/**",
					"/admin/sso")
			.permitAll()
			.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/admin/team", "/admin/team/**", "/admin/audit", "/admin/settings/**")
			.hasRole(Role.OWNER.name())
			.requestMatchers(HttpMethod.POST, "/admin/exports/platforms/**")
			.access(new OwnerRuleAuthorization(ownerRules, OwnerRule.PLATFORM_CREDENTIALS))
			.requestMatchers(HttpMethod.POST, "/admin/campaigns/settings/webhook-secret")
			.access(new OwnerRuleAuthorization(ownerRules, OwnerRule.WEBHOOK_SECRET))
			.requestMatchers("/admin/account", "/admin/account/**")
			.hasRole(analyst)
			.requestMatchers(HttpMethod.POST, "/admin/segments/preview")
			.hasRole(analyst)
			.requestMatchers(HttpMethod.GET)
			.hasRole(analyst)
			.requestMatchers(HttpMethod.HEAD)
			.hasRole(analyst)
			.anyRequest()
			.hasRole(Role.MARKETER.name());
	}

	/**
	 * Sends the browser to the login page; an htmx request is told through
	 * {@code HX-Redirect}, so the whole page goes there rather than a fragment.
	 */
	static void toLogin(HttpServletRequest request, HttpServletResponse response, SignInProblem problem)
			throws IOException {
		redirect(request, response, LOGIN, problem);
	}

	static void redirect(HttpServletRequest request, HttpServletResponse response, String page, SignInProblem problem)
			throws IOException {
		String target = request.getContextPath() + page + ((problem != null) ? "?error=" + problem.code() : "");
		if (isHtmx(request)) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
		}
		else {
			response.sendRedirect(target);
		}
	}

	static SignInProblem problemOf(AuthenticationException ex) {
		if (ex instanceof SignInRefusedException refused) {
			return refused.problem();
		}
		if (ex instanceof OAuth2AuthenticationException oauth) {
			return SignInProblem.fromCode(oauth.getError().getErrorCode()).orElse(SignInProblem.SSO_FAILED);
		}
		return SignInProblem.INVALID_CREDENTIALS;
	}

	static boolean isHtmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}

}
