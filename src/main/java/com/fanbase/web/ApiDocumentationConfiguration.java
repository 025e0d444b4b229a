package com.fanbase.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API document's schemas are read by swagger-core, which introspects with its own
 * Jackson 2 mapper; it gets the naming strategy the API's Jackson is configured with
 * ({@code spring.jackson.property-naming-strategy}), so documented names are the wire's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDocumentationConfiguration {

	@Bean
	ApiCatalog apiCatalog() {
		return ApiCatalog.load();
	}

	@Bean
	ApiDocumentation apiDocumentation(ApiCatalog catalog) {
		return new ApiDocumentation(catalog);
	}

	@Bean
	ModelResolver wireNamedModelResolver(@Value("${spring.jackson.property-naming-strategy}") String naming) {
		ObjectMapper mapper = Json.mapper().copy().setPropertyNamingStrategy(strategy(naming));
		return new ModelResolver(mapper);
	}

	private static PropertyNamingStrategy strategy(String name) {
		try {
			return (PropertyNamingStrategy) PropertyNamingStrategies.class.getField(name).get(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Unknown spring.jackson.property-naming-strategy " + name, ex);
		}
	}

}
