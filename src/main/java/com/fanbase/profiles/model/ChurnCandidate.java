package com.fanbase.profiles.model;

/**
 * The ways churn risk can be computed, named as {@code churn_model} and the back-test
 * report name them. All but {@link #BGNBD_P_ALIVE} may be chosen.
 */
public enum ChurnCandidate {

	/** Days since the last purchase, mapped to a probability by a one-feature fit. */
	RECENCY("recency"),

	/** 1 − the BG/NBD's P(alive): what churn risk used to be; reported, never chosen. */
	BGNBD_P_ALIVE("bgnbd_p_alive"),

	/** The BG/NBD's probability of no purchase in the next horizon. */
	BGNBD("bgnbd"),

	/** The MBG/NBD's probability of no purchase in the next horizon. */
	MBGNBD("mbgnbd"),

	/** Logistic regression on recency, frequency, tenure, spend, engagement, season. */
	CLASSIFIER("classifier"),

	/** The classifier with the MBG/NBD's log-odds of no purchase as one more feature. */
	BLEND("blend");

	private final String wireName;

	ChurnCandidate(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return this.wireName;
	}

	public boolean selectable() {
		return this != BGNBD_P_ALIVE;
	}

	public static ChurnCandidate fromWireName(String name) {
		for (ChurnCandidate candidate : values()) {
			if (candidate.wireName.equals(name)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("Unknown churn candidate " + name);
	}

}
