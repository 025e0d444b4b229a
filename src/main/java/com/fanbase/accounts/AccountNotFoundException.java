package com.fanbase.accounts;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** No user with that id in the tenant. */
public class AccountNotFoundException extends ApiException {

	public AccountNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "user-not-found", "User not found", "There is no user " + id + " in this tenant.");
	}

}
