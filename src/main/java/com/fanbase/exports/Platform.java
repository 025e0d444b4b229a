package com.fanbase.exports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platforms an audience can be exported to, with what Fanbase assumes about each: how
 * long an audience lives there, how many matched people it needs before it can be
 * targeted, and which consent a customer must have given.
 */
public enum Platform {

	META(180, 1000, "ads_consent"), GOOGLE(540, 100, "ads_consent"), TIKTOK(365, 1000, "ads_consent"),
	BREVO(0, 0, "email_consent");

	private final int retentionDays;

	private final int minimumAudience;

	private final String consentColumn;

	Platform(int retentionDays, int minimumAudience, String consentColumn) {
		this.retentionDays = retentionDays;
		this.minimumAudience = minimumAudience;
		this.consentColumn = consentColumn;
	}

	/**
	 * Days an audience lives on the platform after its last update; 0 when it never
	 * expires.
	 */
	public int retentionDays() {
		return this.retentionDays;
	}

	public int minimumAudience() {
		return this.minimumAudience;
	}

	/**
	 * The column of {@code customers} that must be true for a customer to be exported.
	 */
	public String consentColumn() {
		return this.consentColumn;
	}

	public String id() {
		return name().toLowerCase();
	}

	public static Optional<Platform> find(String id) {
		return Arrays.stream(values()).filter((platform) -> platform.id().equals(id)).findFirst();
	}

}
