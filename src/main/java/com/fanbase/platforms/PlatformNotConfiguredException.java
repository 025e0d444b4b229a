package com.fanbase.platforms;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** The tenant has no credentials for the platform yet. */
public class PlatformNotConfiguredException extends ApiException {

	public PlatformNotConfiguredException(Platform platform) {
		super(HttpStatus.CONFLICT, "platform-not-configured", "Platform not configured",
				"This tenant has no " + platform.id()
						+ " credentials; set them with PUT /api/audience/settings/platforms/" + platform.id()
						+ " first.");
	}

}
