package com.fanbase.tenants;

/**
 * A sensitive action a tenant can reserve for its owners, named on the wire (the setting
 * and the {@code rule} of an {@code owner-required} problem) by {@link #id()}.
 */
public enum OwnerRule {

	/** Setting or removing platform credentials. */
	PLATFORM_CREDENTIALS("owner_only_platform_credentials"),
	/** Issuing or rotating the Brevo webhook secret. */
	WEBHOOK_SECRET("owner_only_webhook_secret"),
	/** Launching a campaign to a segment larger than the tenant's threshold. */
	LAUNCH_ABOVE_RECIPIENTS("owner_approval_above_recipients");

	// Erasure (privacy, not built yet) is to get a rule here, on by default, and be
	// checked like the others where it is requested.

	private final String id;

	OwnerRule(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

}
