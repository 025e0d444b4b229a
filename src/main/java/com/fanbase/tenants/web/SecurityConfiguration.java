package com.fanbase.tenants.web;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import com.fanbase.tenants.ApiKeys;

/**
 * Every API call needs a key; tenant management needs the operator key. Health, metrics
 * for scraping and the API documentation are public. Platform webhooks carry no API key:
 * their controllers check a per-tenant webhook secret instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, ProblemWriter problems) throws Exception {
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
				.anyRequest()
				.authenticated())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(
						(request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
								"Authentication required", "Send an API key as 'Authorization: Bearer <key>'."))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
						"forbidden", "Forbidden", "This key may not use this endpoint.")));
		return http.build();
	}

}
