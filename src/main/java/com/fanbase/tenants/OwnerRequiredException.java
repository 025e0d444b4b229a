package com.fanbase.tenants;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.fanbase.web.ApiException;

/**
 * The tenant reserves this action for its owners and the caller is not one: a 403
 * {@code owner-required} problem whose {@code rule} names the setting.
 */
public class OwnerRequiredException extends ApiException {

	private final OwnerRule rule;

	public OwnerRequiredException(OwnerRule rule, String detail) {
		super(HttpStatus.FORBIDDEN, "owner-required", "Owner required", detail, Map.of("rule", rule.id()));
		this.rule = rule;
	}

	public OwnerRule rule() {
		return this.rule;
	}

	/** The detail for an action a rule reserves without a threshold. */
	public static String reserved(OwnerRule rule) {
		return "This tenant reserves this action for owners (" + rule.id() + ").";
	}

}
