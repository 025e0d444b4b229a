package com.fanbase.accounts;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** The tenant already has a user with that email. */
public class AccountExistsException extends ApiException {

	public AccountExistsException() {
		super(HttpStatus.CONFLICT, "user-exists", "User exists", "This tenant already has a user with that email.");
	}

}
