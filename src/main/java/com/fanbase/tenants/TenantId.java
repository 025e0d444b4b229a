package com.fanbase.tenants;

/**
 * A tenant, identified by the core platform's own positive id.
 */
public record TenantId(long value) {

	public TenantId {
		if (value <= 0) {
			throw new IllegalArgumentException("tenant ids are positive");
		}
	}

	public static TenantId of(long value) {
		return new TenantId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
