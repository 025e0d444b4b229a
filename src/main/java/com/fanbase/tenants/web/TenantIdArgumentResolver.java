package com.fanbase.tenants.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;

/**
 * Lets a handler take a {@link TenantId} parameter: the tenant the request acts for, from
 * the caller's key and the {@code tenant_id} of the query or the JSON body, as
 * {@link TenantAccess} decides for every endpoint.
 */
class TenantIdArgumentResolver implements HandlerMethodArgumentResolver {

	static final String PARAMETER = "tenant_id";

	private final TenantAccess access;

	TenantIdArgumentResolver(TenantAccess access) {
		this.access = access;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == TenantId.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		return this.access.resolve(null);
	}

}
