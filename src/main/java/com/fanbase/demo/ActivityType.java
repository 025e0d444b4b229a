package com.fanbase.demo;

enum ActivityType {

	PAGE_VIEW("page_view", false), EVENT_VIEW("event_view", true), ADD_TO_CART("add_to_cart", true),
	WATCHLIST_ADD("watchlist_add", true), WATCHLIST_REMOVE("watchlist_remove", true), EMAIL_OPEN("email_open", false),
	EMAIL_CLICK("email_click", false);

	private static final ActivityType[] ALL = values();

	private final String code;

	private final boolean aboutEvent;

	ActivityType(String code, boolean aboutEvent) {
		this.code = code;
		this.aboutEvent = aboutEvent;
	}

	String code() {
		return this.code;
	}

	/** Whether rows of this type carry an {@code event_id}. */
	boolean aboutEvent() {
		return this.aboutEvent;
	}

	static ActivityType ofOrdinal(int ordinal) {
		return ALL[ordinal];
	}

}
