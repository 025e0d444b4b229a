package com.fanbase.tenants;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.fanbase.web.InvalidRequestException;

/**
 * Decides which tenant a request acts for: a tenant key acts for its own tenant and
 * refuses any other; the operator key acts for the tenant the request names.
 */
@Component
public class TenantAccess {

	private static final String RESOLVED = TenantAccess.class.getName() + ".tenant";

	private static final String BODY_TENANT = TenantAccess.class.getName() + ".bodyTenant";

	private static final String PARAMETER = "tenant_id";

	private final Tenants tenants;

	TenantAccess(Tenants tenants) {
		this.tenants = tenants;
	}

	/**
	 * The tenant the current request acts for, given the {@code tenant_id} it named, if
	 * any.
	 */
	public TenantId resolve(Long requested) {
		return resolve(currentCaller(), requested);
	}

	/**
	 * The tenant the current request was resolved to act for, if it was: what the audit
	 * log files an action under.
	 */
	public static TenantId resolvedTenant() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return (request != null) ? (TenantId) request.getAttribute(RESOLVED, RequestAttributes.SCOPE_REQUEST) : null;
	}

	/**
	 * Records the {@code tenant_id} a request's JSON body names (as written), read by the
	 * web layer before any handler runs, so that every endpoint sees it.
	 */
	public static void nameBodyTenant(ServletRequest request, JsonNode value) {
		if (value != null) {
			request.setAttribute(BODY_TENANT, value);
		}
	}

	public TenantId resolve(Caller caller, Long requested) {
		TenantId tenant = decide(caller, named(requested));
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(RESOLVED, tenant, RequestAttributes.SCOPE_REQUEST);
		}
		return tenant;
	}

	private TenantId decide(Caller caller, Long requested) {
		if (requested != null && requested <= 0) {
			throw new InvalidRequestException("tenant_id", "must be a positive integer");
		}
		return switch (caller) {
			case Caller.TenantMember member -> {
				if (requested != null && requested != member.tenant().value()) {
					throw new TenantMismatchException();
				}
				yield member.tenant();
			}
			case Caller.Operator operator -> {
				if (requested == null) {
					throw new TenantRequiredException();
				}
				TenantId tenant = TenantId.of(requested);
				if (!this.tenants.exists(tenant)) {
					throw new TenantNotFoundException(tenant);
				}
				yield tenant;
			}
		};
	}

	/**
	 * The one tenant the request names: the handler's own reading (a body field or the
	 * query), the query's {@code tenant_id} and the body's {@code tenant_id}, which must
	 * agree when more than one is given.
	 */
	private static Long named(Long requested) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return requested;
		}
		HttpServletRequest request = attributes.getRequest();
		Long query = parse(request.getParameter(PARAMETER), PARAMETER);
		Long body = bodyTenant(request.getAttribute(BODY_TENANT));
		Long named = requested;
		for (Long other : new Long[] { query, body }) {
			if (other == null) {
				continue;
			}
			if (named != null && !named.equals(other)) {
				throw new InvalidRequestException(PARAMETER, "the query and the body name different tenants");
			}
			named = other;
		}
		return named;
	}

	private static Long bodyTenant(Object value) {
		if (!(value instanceof JsonNode node)) {
			return null;
		}
		if (node.isIntegralNumber() && node.canConvertToLong()) {
			return node.asLong();
		}
		if (node.isString()) {
			return parse(node.asString(), "/tenant_id");
		}
		throw new InvalidRequestException("/tenant_id", "must be a positive integer");
	}

	private static Long parse(String value, String pointer) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException(pointer, "must be a positive integer");
		}
	}

	/** The caller proven by the current request's key. */
	public static Caller currentCaller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
			return caller;
		}
		throw new IllegalStateException("No authenticated caller; the security filter should have refused");
	}

}
