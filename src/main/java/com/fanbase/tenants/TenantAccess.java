package com.fanbase.tenants;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import com.fanbase.web.InvalidRequestException;

/**
 * Decides which tenant a request acts for: a tenant key acts for its own tenant and
 * refuses any other; the operator key acts for the tenant the request names.
 */
@Component
public class TenantAccess {

	private static final String RESOLVED = TenantAccess.class.getName() + ".tenant";

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

	public TenantId resolve(Caller caller, Long requested) {
		TenantId tenant = decide(caller, requested);
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

	/** The caller proven by the current request's key. */
	public static Caller currentCaller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
			return caller;
		}
		throw new IllegalStateException("No authenticated caller; the security filter should have refused");
	}

}
