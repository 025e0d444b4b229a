package com.fanbase.tenants;

/**
 * Who is behind a request, as proven by its API key.
 */
public sealed interface Caller extends Actor.Attributed {

	/** The platform operator: manages tenants and may act for any of them. */
	record Operator() implements Caller {

		@Override
		public Actor actor() {
			return Actor.operator();
		}

	}

	/** An integrator of one tenant, bound to it, with the role of its key. */
	record TenantMember(TenantId tenant, long keyId, Role role) implements Caller {

		@Override
		public Actor actor() {
			return Actor.key(this.keyId, this.role);
		}

	}

}
