package com.fanbase.exports;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/** The tenant's plan allows no more new export definitions this month. */
public class ExportQuotaExceededException extends ApiException {

	public ExportQuotaExceededException(String plan, int limit, long used) {
		super(HttpStatus.FORBIDDEN, "plan-limit-reached", "Plan limit reached",
				"The " + plan + " plan allows " + limit + " new exports a month and this tenant has created " + used
						+ " this month. Re-exporting an existing segment to the same platform does not count; "
						+ "upgrade the plan for more.",
				Map.of("limit", limit, "plan", plan, "used", used));
	}

}
