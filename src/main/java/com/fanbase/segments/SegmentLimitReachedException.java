package com.fanbase.segments;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** The tenant's plan allows no more segments. */
public class SegmentLimitReachedException extends ApiException {

	public SegmentLimitReachedException(String plan, int limit) {
		super(HttpStatus.FORBIDDEN, "plan-limit-reached", "Plan limit reached", "The " + plan + " plan allows " + limit
				+ " segments and this tenant has " + limit + ". Delete a segment or upgrade the plan.",
				Map.of("limit", limit, "plan", plan));
	}

}
