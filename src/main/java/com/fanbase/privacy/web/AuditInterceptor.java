package com.fanbase.privacy.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import com.fanbase.privacy.AuditLog;
import com.fanbase.tenants.Actor;
import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;

/**
 * Records each state-changing request (not GET, HEAD or OPTIONS; not a preview) that was
 * authenticated: who (from the authentication, captured before the handler ran, so a
 * sign-out still names who signed out), the route, its ids and the status. The entry is
 * begun before the handler and written in the request's first committed transaction
 * ({@code AuditTransactions}), then completed with the status once answered; a request
 * authenticated only by its handler (accepting an invitation) is recorded once answered.
 * Route variables that are not plain ids or names (tokens in a link) are left out, and
 * nothing of the body or query is kept.
 */
class AuditInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private static final String ACTOR = AuditInterceptor.class.getName() + ".actor";

	private static final String PENDING = AuditInterceptor.class.getName() + ".pending";

	private final AuditLog audit;

	AuditInterceptor(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor.Attributed attributed) {
			request.setAttribute(ACTOR, attributed);
			String pattern = audited(request, handler);
			if (pattern != null) {
				Map<String, String> target = target(request);
				request.setAttribute(PENDING, this.audit.begin(attributed.actor(), request.getMethod() + " " + pattern,
						target, () -> tenant(attributed, target, pattern)));
			}
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String pattern = audited(request, handler);
		if (pattern == null) {
			return;
		}
		int status = (ex != null && response.getStatus() < 400) ? 500 : response.getStatus();
		try {
			if (request.getAttribute(PENDING) instanceof AuditLog.Pending pending) {
				this.audit.complete(pending, status);
				return;
			}
			Actor.Attributed attributed = actor(request);
			if (attributed != null) {
				Map<String, String> target = target(request);
				this.audit.record(tenant(attributed, target, pattern), attributed.actor(),
						request.getMethod() + " " + pattern, target, status);
			}
		}
		catch (RuntimeException failure) {
			log.error("Could not record {} {} in the audit log", request.getMethod(), pattern, failure);
		}
	}

	/** The route of a request that is audited, or null. */
	private static String audited(HttpServletRequest request, Object handler) {
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (READS.contains(request.getMethod()) || !(handler instanceof HandlerMethod) || pattern == null
				|| pattern.endsWith("/preview")) {
			return null;
		}
		return pattern;
	}

	/**
	 * Who acted: as authenticated before the handler, or as signed in by it (an
	 * invitation).
	 */
	private static Actor.Attributed actor(HttpServletRequest request) {
		if (request.getAttribute(ACTOR) instanceof Actor.Attributed before) {
			return before;
		}
		Authentication now = SecurityContextHolder.getContext().getAuthentication();
		return (now != null && now.getPrincipal() instanceof Actor.Attributed after) ? after : null;
	}

	private static TenantId tenant(Actor.Attributed actor, Map<String, String> target, String pattern) {
		if (actor.tenant() != null) {
			return actor.tenant();
		}
		TenantId resolved = TenantAccess.resolvedTenant();
		if (resolved != null) {
			return resolved;
		}
		String id = target.get("id");
		boolean tenantRoute = pattern.startsWith("/api/audience/tenants/{id}")
				|| pattern.startsWith("/admin/operator/tenants/{id}");
		return (tenantRoute && id != null && id.matches("[1-9]\\d{0,17}")) ? TenantId.of(Long.parseLong(id)) : null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> target(HttpServletRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Map<String, String> target = new LinkedHashMap<>();
		if (variables != null) {
			variables.forEach((name, value) -> {
				if (value.matches("\\d{1,19}|[a-z_-]{1,20}")) {
					target.put(name, value);
				}
			});
		}
		return target;
	}

}
