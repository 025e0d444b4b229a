package com.fanbase.profiles;

import org.springframework.stereotype.Component;

/**
 * The first hop of the change pipeline, for the module that drives it: refreshes the
 * profiles of every tenant's changed customers now rather than at the next scheduled
 * refresh.
 */
@Component
public class ProfileChanges {

	private final ProfileRefresher refresher;

	ProfileChanges(ProfileRefresher refresher) {
		this.refresher = refresher;
	}

	/** Refreshes the changed customers' profiles; answers how many were rebuilt. */
	public long refreshChanged() {
		return this.refresher.refreshAll();
	}

}
