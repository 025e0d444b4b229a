package com.fanbase.admin;

import java.io.Serial;
import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

import com.fanbase.tenants.Actor;

/** The operator, signed in to the operator console with the operator key. */
record OperatorUser() implements AuthenticatedPrincipal, Serializable, Actor.Attributed {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Given only in the operator console's chain, so it opens no tenant's pages. */
	static final String AUTHORITY = "OPERATOR_CONSOLE";

	@Override
	public Actor actor() {
		return Actor.operator();
	}

	@Override
	public String getName() {
		return "operator";
	}

}
