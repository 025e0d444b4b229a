package com.fanbase.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/**
 * A segment cannot go while lookalikes are built on it or something elsewhere (a campaign
 * yet to send) still needs it.
 */
public class SegmentInUseException extends ApiException {

	public SegmentInUseException(long id, List<Long> lookalikes, List<String> others) {
		super(HttpStatus.CONFLICT, "segment-in-use", "Segment in use", detail(id, lookalikes, others),
				Map.of("lookalike_segment_ids", lookalikes, "used_by", others));
	}

	private static String detail(long id, List<Long> lookalikes, List<String> others) {
		List<String> uses = new ArrayList<>();
		if (!lookalikes.isEmpty()) {
			uses.add("is the source of lookalike segment(s) " + lookalikes);
		}
		if (!others.isEmpty()) {
			uses.add("is used by " + String.join(", ", others));
		}
		return "Segment " + id + " " + String.join(" and ", uses)
				+ "; delete those or move them to another segment first.";
	}

}
