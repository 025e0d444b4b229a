package com.fanbase.tenants;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

public class ApiKeyNotFoundException extends ApiException {

	public ApiKeyNotFoundException(long keyId) {
		super(HttpStatus.NOT_FOUND, "api-key-not-found", "API key not found",
				"There is no active key " + keyId + " for this tenant.");
	}

}
