package com.fanbase.campaigns;

import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;

import com.fanbase.platforms.Platform;
import com.fanbase.web.ApiException;

/**
 * A launch refused for a reason the tenant can fix: an empty segment, a platform without
 * credentials, missing email settings. 422: the request is understood and the campaign
 * may launch, just not as it stands.
 */
public class CampaignNotLaunchableException extends ApiException {

	private final String reason;

	private final Platform platform;

	public CampaignNotLaunchableException(String reason, String detail) {
		this(reason, detail, null);
	}

	/** A channel's platform has no credentials. */
	public CampaignNotLaunchableException(Platform platform, String detail) {
		this("platform_not_configured", detail, platform);
	}

	private CampaignNotLaunchableException(String reason, String detail, Platform platform) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "campaign-not-launchable", "Campaign cannot be launched", detail,
				Map.of("reason", reason));
		this.reason = reason;
		this.platform = platform;
	}

	/** The platform without credentials, for {@code platform_not_configured}. */
	public Optional<Platform> platform() {
		return Optional.ofNullable(this.platform);
	}

	/**
	 * {@code empty_segment}, {@code platform_not_configured} or
	 * {@code email_settings_missing}.
	 */
	public String reason() {
		return this.reason;
	}

}
