package com.fanbase.tenants;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The security rule of an action a tenant may reserve for its owners: a marketer (key or
 * user) may take it when the tenant's {@link OwnerRules} leave it open, an owner or the
 * operator always. A refusal because of the rule is noted on the request
 * ({@link #refusedRule}) so the refusal can name it.
 */
public final class OwnerRuleAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	private static final String REFUSED = OwnerRuleAuthorization.class.getName() + ".rule";

	private final OwnerRuleSettings settings;

	private final OwnerRule rule;

	public OwnerRuleAuthorization(OwnerRuleSettings settings, OwnerRule rule) {
		this.settings = settings;
		this.rule = rule;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication current = authentication.get();
		if (current == null || !(current.getPrincipal() instanceof Actor.Attributed attributed)) {
			return new AuthorizationDecision(false);
		}
		Role role = attributed.actor().role();
		TenantId tenant = attributed.tenant();
		if (role == null || tenant == null) {
			// the operator: every role, for any tenant
			return new AuthorizationDecision(attributed.actor().type().equals("operator"));
		}
		if (!role.includes(Role.MARKETER)) {
			return new AuthorizationDecision(false);
		}
		boolean allowed = this.settings.allows(tenant, role, this.rule, 0);
		if (!allowed) {
			context.getRequest().setAttribute(REFUSED, this.rule);
		}
		return new AuthorizationDecision(allowed);
	}

	/** The rule a request was refused by, if it was refused by one. */
	public static OwnerRule refusedRule(jakarta.servlet.ServletRequest request) {
		return (request.getAttribute(REFUSED) instanceof OwnerRule refused) ? refused : null;
	}

}
