package com.fanbase.platforms;

import java.util.Set;

/**
 * The fields of a platform's credentials.
 *
 * @param required fields that must be given
 * @param optional fields that may be given
 * @param secret fields that are masked when shown
 */
public record CredentialSpec(Set<String> required, Set<String> optional, Set<String> secret) {

	public boolean knows(String field) {
		return this.required.contains(field) || this.optional.contains(field);
	}

}
