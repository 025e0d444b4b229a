package com.fanbase.tenants;

/**
 * Who is behind a request, as proven by its API key.
 */
public sealed interface Caller {

	/** The platform operator: manages tenants and may act for any of them. */
	record Operator() implements Caller {
	}

	/** An integrator or admin user of one tenant, bound to it. */
	record TenantMember(TenantId tenant, long keyId) implements Caller {
	}

}
