package com.fanbase.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import com.fanbase.tenants.ApiKeys;
import com.fanbase.tenants.Tenants;

/**
 * The admin's own filter chain, ahead of the API's bearer-key chain (which handles every
 * other path, unchanged): a form sign-in with an API key, a session shared through
 * PostgreSQL, CSRF tokens on every form and htmx request, and a strict content security
 * policy (scripts and styles only from this origin).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AdminSecurityConfiguration {

	static final String LOGIN = "/admin/login";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The key check behind the login form. As a bean it also keeps Spring Boot from
	 * configuring (and logging) a generated user password that nothing would use.
	 */
	@Bean
	AdminAuthenticationProvider adminAuthenticationProvider(ApiKeys keys, Tenants tenants) {
		return new AdminAuthenticationProvider(keys, tenants);
	}

	@Bean
	SignInThrottle signInThrottle(@Value("${fanbase.admin.sign-in.max-failures:10}") int maxFailures,
			@Value("${fanbase.admin.sign-in.window:15m}") Duration window, Clock clock) {
		return new SignInThrottle(maxFailures, window, clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain adminSecurity(HttpSecurity http, AdminAuthenticationProvider provider, ApiKeys keys,
			SignInThrottle throttle) throws Exception {
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setRequestMatcher((request) -> "GET".equals(request.getMethod()) && !isHtmx(request));
		SavedRequestAwareAuthenticationSuccessHandler toPage = new SavedRequestAwareAuthenticationSuccessHandler();
		toPage.setDefaultTargetUrl("/admin");
		toPage.setRequestCache(requestCache);
		http.securityMatcher("/admin", "/admin/**", "/webjars/**")
			.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN, "/admin/assets/**", "/webjars/**")
				.permitAll()
				.anyRequest()
				.hasAuthority(AdminAuthenticationProvider.ROLE))
			.formLogin((form) -> form.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.usernameParameter("tenant_id")
				.passwordParameter("key")
				.successHandler((request, response, authentication) -> {
					throttle.succeeded(request.getRemoteAddr());
					toPage.onAuthenticationSuccess(request, response, authentication);
				})
				.failureHandler((request, response, ex) -> {
					throttle.failed(request.getRemoteAddr());
					refuse(request, response, ex);
				}))
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN + "?signed-out"))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> toLogin(request, response, null)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.addFilterAfter(new RevokedKeyFilter(keys), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		SignInProblem problem = (ex instanceof SignInRefusedException refused) ? refused.problem()
				: SignInProblem.INVALID_KEY;
		toLogin(request, response, problem);
	}

	/**
	 * Sends the browser to the login page; an htmx request is told through
	 * {@code HX-Redirect}, so the whole page goes there rather than a fragment.
	 */
	static void toLogin(HttpServletRequest request, HttpServletResponse response, SignInProblem problem)
			throws IOException {
		String target = request.getContextPath() + LOGIN + ((problem != null) ? "?error=" + problem.code() : "");
		if (isHtmx(request)) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
		}
		else {
			response.sendRedirect(target);
		}
	}

	static boolean isHtmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}

}
