package com.fanbase.admin;

import org.springframework.security.core.AuthenticationException;

/** A sign-in to the admin that was refused, and why. */
class SignInRefusedException extends AuthenticationException {

	private final SignInProblem problem;

	SignInRefusedException(SignInProblem problem) {
		super(problem.message());
		this.problem = problem;
	}

	SignInProblem problem() {
		return this.problem;
	}

}
