package com.fanbase.admin;

import com.fanbase.tenants.Actor;

import org.springframework.security.core.AuthenticationException;

/** A sign-in to the admin that was refused, and why. */
class SignInRefusedException extends AuthenticationException {

	private final SignInProblem problem;

	private final transient Actor.Attributed named;

	SignInRefusedException(SignInProblem problem) {
		this(problem, null);
	}

	/**
	 * @param named the user the email named, if it named one: whom the log attributes it
	 * to
	 */
	SignInRefusedException(SignInProblem problem, Actor.Attributed named) {
		super(problem.message());
		this.problem = problem;
		this.named = named;
	}

	Actor.Attributed named() {
		return this.named;
	}

	SignInProblem problem() {
		return this.problem;
	}

}
