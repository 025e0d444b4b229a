package com.fanbase.platforms;

/**
 * A platform an audience can be exported to, with what Fanbase assumes about it. Each
 * platform package declares its own (see {@link AudiencePlatform#platform()}); the
 * {@link Platforms} registry finds them by id, so adding a platform edits no list here.
 *
 * @param id the platform's id in paths, settings and the database ({@code meta})
 * @param label its name on the admin pages ({@code Meta})
 * @param kind which kind of campaign channel it carries
 * @param retentionDays days an audience lives on the platform after its last update; 0
 * when it never expires
 * @param minimumAudience matched people it needs before an audience can be targeted
 * @param consentColumn the column of {@code customers} that must be true for a customer
 * to be exported
 */
public record Platform(String id, String label, Kind kind, int retentionDays, int minimumAudience,
		String consentColumn) {

	/** What a campaign does with the platform's audiences. */
	public enum Kind {

		/** Email sent to a contact list. */
		EMAIL,

		/** Ads shown to a matched audience. */
		ADS

	}

	@Override
	public String toString() {
		return this.id;
	}

}
