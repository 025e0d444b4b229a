package com.fanbase.tenants.web;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import com.fanbase.tenants.ApiKeys;
import com.fanbase.tenants.OwnerRequiredException;
import com.fanbase.tenants.OwnerRule;
import com.fanbase.tenants.OwnerRuleAuthorization;
import com.fanbase.tenants.OwnerRuleSettings;
import com.fanbase.tenants.Role;

/**
 * Every API call needs a key; tenant management needs the operator key. A tenant key acts
 * with its role: an analyst key reads (and previews segments), a marketer key also
 * changes, the audit log, the users and the owner rules need an owner key, and platform
 * credentials and the webhook secret need one unless the tenant's {@code OwnerRules} let
 * marketers change them (the operator key includes every role). Health, metrics for
 * scraping and the API documentation are public. Platform webhooks carry no API key:
 * their controllers check a per-tenant webhook secret instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String[] OWNER_ONLY = { "/api/audience/audit", "/api/audience/audit/**",
			"/api/audience/settings/owner-rules", "/api/audience/users", "/api/audience/users/**" };

	/** Shared with the admin's chain: operator over owner over marketer over analyst. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
	}

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, ProblemWriter problems,
			OwnerRuleSettings ownerRules) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**",
						"/swagger-ui.html", "/error")
				.permitAll()
				.requestMatchers(ApiKeyAuthenticationFilter.OWN_AUTHENTICATION)
				.permitAll()
				.requestMatchers("/api/audience/tenants", "/api/audience/tenants/**", "/actuator/**")
				.hasAuthority(ApiKeyAuthentication.OPERATOR)
				.requestMatchers(HttpMethod.GET, "/api/audience/settings/platforms",
						"/api/audience/settings/platforms/*")
				.hasRole(Role.ANALYST.name())
				.requestMatchers("/api/audience/settings/platforms/**")
				.access(new OwnerRuleAuthorization(ownerRules, OwnerRule.PLATFORM_CREDENTIALS))
				.requestMatchers("/api/audience/campaign-settings/webhook-secret")
				.access(new OwnerRuleAuthorization(ownerRules, OwnerRule.WEBHOOK_SECRET))
				.requestMatchers(OWNER_ONLY)
				.hasRole(Role.OWNER.name())
				.requestMatchers(HttpMethod.GET)
				.hasRole(Role.ANALYST.name())
				.requestMatchers(HttpMethod.HEAD)
				.hasRole(Role.ANALYST.name())
				.requestMatchers(HttpMethod.POST, "/api/audience/segments/preview")
				.hasRole(Role.ANALYST.name())
				.anyRequest()
				.hasRole(Role.MARKETER.name()))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(
						(request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
								"Authentication required", "Send an API key as 'Authorization: Bearer <key>'."))
				.accessDeniedHandler((request, response, ex) -> {
					OwnerRule rule = OwnerRuleAuthorization.refusedRule(request);
					if (rule != null) {
						problems.write(response, HttpStatus.FORBIDDEN, "owner-required", "Owner required",
								OwnerRequiredException.reserved(rule), Map.of("rule", rule.id()));
					}
					else {
						problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
								"This key's role may not use this endpoint.");
					}
				}));
		return http.build();
	}

}
