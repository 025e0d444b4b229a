package com.fanbase.segments;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

public class SegmentNotFoundException extends ApiException {

	public SegmentNotFoundException(long id) {
		super(HttpStatus.NOT_FOUND, "segment-not-found", "Segment not found", "There is no segment " + id + ".");
	}

}
