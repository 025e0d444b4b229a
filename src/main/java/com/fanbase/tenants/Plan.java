package com.fanbase.tenants;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a tenant pays for, and the limits that come with it. A limit of {@code -1} means
 * unlimited.
 */
public enum Plan {

	BASE(10, 5), PRO(50, 25), ENTERPRISE(-1, -1);

	private final int segments;

	private final int exportsPerMonth;

	Plan(int segments, int exportsPerMonth) {
		this.segments = segments;
		this.exportsPerMonth = exportsPerMonth;
	}

	public int segments() {
		return this.segments;
	}

	public int exportsPerMonth() {
		return this.exportsPerMonth;
	}

	public String id() {
		return name().toLowerCase();
	}

	public static Optional<Plan> find(String id) {
		return Arrays.stream(values()).filter((plan) -> plan.id().equals(id)).findFirst();
	}

}
