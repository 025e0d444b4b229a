package com.fanbase.ingestion;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of the core's data that can be pushed in.
 */
public enum RecordKind {

	CUSTOMERS, EVENTS, ORDERS, ACTIVITIES;

	public String id() {
		return name().toLowerCase();
	}

	public static Optional<RecordKind> find(String id) {
		return Arrays.stream(values()).filter((kind) -> kind.id().equals(id)).findFirst();
	}

}
