package com.fanbase.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request that breaks the API's rules, with every offending field named by JSON
 * pointer.
 */
public class InvalidRequestException extends ApiException {

	private final List<FieldProblem> errors;

	public InvalidRequestException(List<FieldProblem> errors) {
		super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", summary(errors),
				Map.of("errors", List.copyOf(errors)));
		this.errors = List.copyOf(errors);
	}

	public InvalidRequestException(String pointer, String message) {
		this(List.of(new FieldProblem(pointer, message)));
	}

	public List<FieldProblem> errors() {
		return this.errors;
	}

	private static String summary(List<FieldProblem> errors) {
		if (errors.size() == 1) {
			FieldProblem only = errors.get(0);
			return only.pointer() + ": " + only.message();
		}
		return errors.size() + " fields are invalid";
	}

}
