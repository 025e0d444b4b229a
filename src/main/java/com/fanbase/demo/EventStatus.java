package com.fanbase.demo;

enum EventStatus {

	SCHEDULED("scheduled"), CANCELLED("cancelled"), POSTPONED("postponed"), COMPLETED("completed");

	private final String code;

	EventStatus(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	/** Most past events took place and most future ones are on sale; a few are not. */
	static EventStatus draw(boolean past, Rng rng) {
		double u = rng.nextDouble();
		if (past) {
			return (u < 0.025) ? CANCELLED : (u < 0.03) ? POSTPONED : COMPLETED;
		}
		return (u < 0.02) ? CANCELLED : (u < 0.05) ? POSTPONED : SCHEDULED;
	}

}
