package com.fanbase.changes;

import org.springframework.stereotype.Component;

import com.fanbase.profiles.ProfileChanges;
import com.fanbase.tenants.TenantId;

/**
 * One pass over every hop, in flow order, so a change can travel from an ingested row to
 * an export job in a single pass: changed profiles, then segment memberships, then export
 * deltas. Any number of passes may run at once (on one replica or many): every hop claims
 * its rows with {@code skip locked}.
 */
@Component
class ChangePipeline {

	private final ProfileChanges profiles;

	private final ChangeQueue queue;

	private final SegmentHop segments;

	private final ExportHop exports;

	ChangePipeline(ProfileChanges profiles, ChangeQueue queue, SegmentHop segments, ExportHop exports) {
		this.profiles = profiles;
		this.queue = queue;
		this.segments = segments;
		this.exports = exports;
	}

	/** Runs every hop once; answers how much work was done (0: nothing waiting). */
	long runOnce() {
		long work = this.profiles.refreshChanged();
		for (TenantId tenant : this.queue.tenants(ChangeQueue.SEGMENTS)) {
			work += this.segments.run(tenant);
		}
		for (TenantId tenant : this.queue.tenants(ChangeQueue.EXPORTS)) {
			work += this.exports.run(tenant);
		}
		return work;
	}

}
