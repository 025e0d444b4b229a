package com.fanbase.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.unit.DataSize;

/**
 * Wires the input rules: the Jackson module every JSON request body is read with, the
 * filter for queries and encodings (right after authentication, before the tenant is read
 * from a body), and Tomcat's own refusals (a {@code %00} in a path, a malformed request
 * line) answered as problems rather than HTML pages.
 */
@Configuration(proxyBeanMethods = false)
class InputRulesConfiguration {

	/**
	 * Request bodies only: the service's own mapper with the rules added, for the
	 * server's JSON converter. Clients of the platforms and stored JSON keep the plain
	 * mapper, since what a platform answers is not the API's input.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ServerHttpMessageConvertersCustomizer inputRulesJsonConverter(JsonMapper json) {
		JsonMapper rules = json.rebuild().addModule(new InputRulesModule()).build();
		return (builder) -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(rules));
	}

	@Bean
	FilterRegistrationBean<RequestInputFilter> requestInputFilter(JsonMapper json,
			@Value("${fanbase.api.max-inflated-size:2GB}") DataSize maxInflated,
			@Value("${fanbase.api.max-inflation-ratio:100}") int maxRatio) {
		FilterRegistrationBean<RequestInputFilter> registration = new FilterRegistrationBean<>(
				new RequestInputFilter(json, maxInflated, maxRatio));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports() {
		return new WebServerFactoryCustomizer<>() {

			@Override
			public void customize(ConfigurableTomcatWebServerFactory factory) {
				factory.addContextCustomizers((context) -> {
					Container host = context.getParent();
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.getPipeline().addValve(new ProblemErrorReportValve());
					if (host instanceof StandardHost standard) {
						standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
					}
				});
			}

		};
	}

}
