package com.fanbase.tenants.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fanbase.tenants.TenantAccess;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TenantWebConfiguration implements WebMvcConfigurer {

	private final TenantAccess access;

	TenantWebConfiguration(TenantAccess access) {
		this.access = access;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new TenantIdArgumentResolver(this.access));
	}

}
