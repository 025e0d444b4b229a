package com.fanbase.campaigns;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** The campaign names an event the tenant does not have. */
class EventNotFoundException extends ApiException {

	EventNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "event-not-found", "Event not found", "There is no event " + id + ".");
	}

}
