package com.fanbase.privacy.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fanbase.privacy.AuditLog;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AuditWebConfiguration implements WebMvcConfigurer {

	private final AuditLog audit;

	AuditWebConfiguration(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AuditInterceptor(this.audit)).addPathPatterns("/api/**", "/admin/**");
	}

}
