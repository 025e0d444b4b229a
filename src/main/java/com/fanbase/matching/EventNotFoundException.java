package com.fanbase.matching;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** The tenant has no event with this id (another tenant's events do not exist for it). */
public class EventNotFoundException extends ApiException {

	public EventNotFoundException(long eventId) {
		super(HttpStatus.NOT_FOUND, "event-not-found", "Event not found",
				"This tenant has no event with id " + eventId + ".");
	}

}
