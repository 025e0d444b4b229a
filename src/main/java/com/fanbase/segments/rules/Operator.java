package com.fanbase.segments.rules;

import java.util.Arrays;
import java.util.Optional;

/** The operators of the criteria syntax, by their JSON token. */
public enum Operator {

	AT_LEAST(">="), AT_MOST("<="), EQUALS("="), BETWEEN("between"),

	WITHIN_DAYS("within_days"), BEFORE_DAYS("before_days"),

	INCLUDES("includes"), INCLUDES_ALL("includes_all"), EXCLUDES("excludes"),

	IS("is"), IN("in"), NOT_IN("not_in");

	private final String token;

	Operator(String token) {
		this.token = token;
	}

	/** The operator as written in criteria JSON. */
	public String token() {
		return this.token;
	}

	public static Optional<Operator> fromToken(String token) {
		return Arrays.stream(values()).filter((operator) -> operator.token.equals(token)).findFirst();
	}

}
