package com.fanbase.ingestion;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** Also what another tenant's record looks like: indistinguishable from a missing one. */
public class RecordNotFoundException extends ApiException {

	public RecordNotFoundException(String what, long id) {
		super(HttpStatus.NOT_FOUND, what + "-not-found", "Not found", "There is no " + what + " " + id + ".");
	}

}
