package com.fanbase.tenants.web;

import java.util.Arrays;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;

import com.fanbase.tenants.TenantId;

/**
 * The API document: bearer-key security, and the {@code tenant_id} query parameter on
 * every operation that acts for a tenant.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OpenApiConfiguration {

	static {
		// The tenant comes from the key or tenant_id (documented below), never from a
		// parameter
		// of its own.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(TenantId.class);
	}

	@Bean
	OpenAPI fanbaseOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Fanbase API")
				.version("v1")
				.description("Audience targeting and campaigns for event-ticketing platforms. "
						+ "Every request sends an API key as `Authorization: Bearer <key>`: a tenant key acts for its "
						+ "tenant, the operator key for any tenant named by `tenant_id`. JSON is snake_case; errors "
						+ "are RFC 9457 problem details (`application/problem+json`) with a stable `type`."))
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A tenant key (`fbk_...`) or the operator key.")))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}

	@Bean
	OperationCustomizer tenantIdParameter() {
		return (operation, handler) -> {
			boolean actsForTenant = Arrays.stream(handler.getMethodParameters())
				.anyMatch((parameter) -> parameter.getParameterType() == TenantId.class);
			if (actsForTenant) {
				operation.addParametersItem(new Parameter().in("query")
					.name(TenantIdArgumentResolver.PARAMETER)
					.required(false)
					.schema(new IntegerSchema().format("int64"))
					.description("The tenant to act for: required with the operator key, optional with a tenant key"
							+ " (which must then name its own tenant)."));
			}
			return operation;
		};
	}

}
