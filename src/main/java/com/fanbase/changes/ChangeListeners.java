package com.fanbase.changes;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fanbase.exports.Exports;
import com.fanbase.profiles.ProfilesRefreshed;
import com.fanbase.segments.SegmentMembersChanged;

/**
 * Turns each hop's outcome into the next hop's outbox row. The events are published
 * inside the transaction of the change, and these listeners run in it, so the row commits
 * with the change or not at all.
 */
@Component
class ChangeListeners {

	private final ChangeQueue queue;

	private final Exports exports;

	private final ChangesProperties properties;

	ChangeListeners(ChangeQueue queue, Exports exports, ChangesProperties properties) {
		this.queue = queue;
		this.exports = exports;
		this.properties = properties;
	}

	@EventListener
	void profilesRefreshed(ProfilesRefreshed refreshed) {
		if (this.properties.enabled()) {
			this.queue.segments(refreshed.tenant(), refreshed.customers(), refreshed.changedAt());
		}
	}

	/** Only segments that some export follows need an export hop. */
	@EventListener
	void segmentMembersChanged(SegmentMembersChanged changed) {
		if (!this.properties.enabled()) {
			return;
		}
		var exported = changed.segments()
			.stream()
			.filter((segment) -> !this.exports.list(changed.tenant(), null, segment).isEmpty())
			.toList();
		if (!exported.isEmpty()) {
			this.queue.exports(changed.tenant(), exported, changed.at());
		}
	}

}
