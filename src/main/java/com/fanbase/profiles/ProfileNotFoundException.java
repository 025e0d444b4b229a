package com.fanbase.profiles;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

public class ProfileNotFoundException extends ApiException {

	public ProfileNotFoundException(String what, long id) {
		super(HttpStatus.NOT_FOUND, "profile-not-found", "Profile not found",
				what.equals("model") ? "No model has been fitted for this tenant yet; rebuild its profiles first."
						: "There is no profile for customer " + id + "; it may not have been built yet.");
	}

}
