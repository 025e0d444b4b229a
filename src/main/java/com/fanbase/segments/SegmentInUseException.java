package com.fanbase.segments;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** A segment cannot go while lookalikes are built on it. */
public class SegmentInUseException extends ApiException {

	public SegmentInUseException(long id, List<Long> lookalikes) {
		super(HttpStatus.CONFLICT, "segment-in-use", "Segment in use",
				"Segment " + id + " is the source of lookalike segment(s) " + lookalikes
						+ "; delete them or give them another source first.",
				Map.of("lookalike_segment_ids", lookalikes));
	}

}
