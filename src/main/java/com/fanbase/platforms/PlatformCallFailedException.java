package com.fanbase.platforms;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** A platform refused or failed a call made on the client's behalf (e.g. a deletion). */
public class PlatformCallFailedException extends ApiException {

	public PlatformCallFailedException(String message) {
		super(HttpStatus.BAD_GATEWAY, "platform-error", "Platform error", message);
	}

}
