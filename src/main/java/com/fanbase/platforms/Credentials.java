package com.fanbase.platforms;

import java.util.Map;

/** A tenant's unsealed credentials for one platform; never logged, never returned. */
public record Credentials(Map<String, String> fields) {

	public String get(String field) {
		return this.fields.get(field);
	}

	public String require(String field) {
		String value = this.fields.get(field);
		if (value == null || value.isBlank()) {
			throw new PlatformException(PlatformException.Kind.INVALID_CREDENTIALS, "The credentials have no " + field);
		}
		return value;
	}

	@Override
	public String toString() {
		return "Credentials" + this.fields.keySet();
	}

}
