package com.fanbase.campaigns;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/**
 * A launch refused for a reason the tenant can fix: an empty segment, a platform without
 * credentials, missing email settings. 422: the request is understood and the campaign
 * may launch, just not as it stands.
 */
public class CampaignNotLaunchableException extends ApiException {

	private final String reason;

	public CampaignNotLaunchableException(String reason, String detail) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "campaign-not-launchable", "Campaign cannot be launched", detail,
				Map.of("reason", reason));
		this.reason = reason;
	}

	/**
	 * {@code empty_segment}, {@code platform_not_configured} or
	 * {@code email_settings_missing}.
	 */
	public String reason() {
		return this.reason;
	}

}
