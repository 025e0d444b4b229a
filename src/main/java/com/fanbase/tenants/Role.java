package com.fanbase.tenants;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a user or a key of a tenant may do. Each role includes the ones below it: an owner
 * manages users, credentials and billing limits besides everything a marketer does; a
 * marketer builds segments, exports, campaigns and journeys; an analyst reads.
 */
public enum Role {

	ANALYST, MARKETER, OWNER;

	public String id() {
		return name().toLowerCase();
	}

	/** The Spring Security authority of this role ({@code ROLE_OWNER}, ...). */
	public String authority() {
		return "ROLE_" + name();
	}

	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

	public static Optional<Role> find(String id) {
		return Arrays.stream(values()).filter((role) -> role.id().equals(id)).findFirst();
	}

	/** The role hierarchy as Spring Security's {@code RoleHierarchyImpl} reads it. */
	public static String hierarchy() {
		return "ROLE_OPERATOR > ROLE_OWNER\nROLE_OWNER > ROLE_MARKETER\nROLE_MARKETER > ROLE_ANALYST";
	}

}
