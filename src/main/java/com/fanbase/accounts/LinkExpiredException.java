package com.fanbase.accounts;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** The link is unknown, used already, or expired: which of these is told to nobody. */
public class LinkExpiredException extends ApiException {

	public LinkExpiredException() {
		super(HttpStatus.GONE, "link-expired", "Link no longer valid",
				"This link is unknown, has been used already or has expired. Ask an owner of your team for a new one.");
	}

}
