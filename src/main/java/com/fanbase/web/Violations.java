package com.fanbase.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem with a request before refusing it, so a client fixes them all at
 * once.
 */
public final class Violations {

	private final List<FieldProblem> problems = new ArrayList<>();

	public Violations check(boolean valid, String pointer, String message) {
		if (!valid) {
			this.problems.add(new FieldProblem(pointer, message));
		}
		return this;
	}

	public Violations add(String pointer, String message) {
		this.problems.add(new FieldProblem(pointer, message));
		return this;
	}

	public boolean isEmpty() {
		return this.problems.isEmpty();
	}

	public void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidRequestException(this.problems);
		}
	}

}
