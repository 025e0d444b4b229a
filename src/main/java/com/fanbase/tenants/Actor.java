package com.fanbase.tenants;

/**
 * Who an action is attributed to, without anything personal: a user or a key by its id
 * and role, or the operator.
 *
 * @param type {@code user}, {@code key}, {@code operator}, or {@code anonymous} (a
 * refused sign-in with an email nobody has: what was typed is not kept)
 * @param id the user's or key's id; null for the operator
 * @param role the role it acted with; null for the operator
 */
public record Actor(String type, Long id, Role role) {

	public static Actor operator() {
		return new Actor("operator", null, null);
	}

	public static Actor anonymous() {
		return new Actor("anonymous", null, null);
	}

	public static Actor key(long id, Role role) {
		return new Actor("key", id, role);
	}

	public static Actor user(long id, Role role) {
		return new Actor("user", id, role);
	}

	/**
	 * Implemented by whatever a request is authenticated as (a key's caller, an admin
	 * user).
	 */
	public interface Attributed {

		Actor actor();

		/** The tenant it is bound to, if it is bound to one (not the operator). */
		default TenantId tenant() {
			return null;
		}

	}

}
