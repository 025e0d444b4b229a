package com.fanbase.tenants;

/**
 * Which sensitive actions of a tenant need the owner role.
 *
 * @param platformCredentials setting or removing platform credentials needs an owner;
 * otherwise a marketer may
 * @param webhookSecret issuing or rotating the webhook secret needs an owner
 * @param approvalAboveRecipients a launch to a segment of more members than this needs an
 * owner; null: no launch does
 */
public record OwnerRules(boolean platformCredentials, boolean webhookSecret, Long approvalAboveRecipients) {

	public static final OwnerRules DEFAULTS = new OwnerRules(true, true, null);

	/**
	 * Whether the rule reserves an action on this many recipients (0 when none) for
	 * owners.
	 */
	public boolean reserves(OwnerRule rule, long recipients) {
		return switch (rule) {
			case PLATFORM_CREDENTIALS -> this.platformCredentials;
			case WEBHOOK_SECRET -> this.webhookSecret;
			case LAUNCH_ABOVE_RECIPIENTS ->
				this.approvalAboveRecipients != null && recipients > this.approvalAboveRecipients;
		};
	}

}
