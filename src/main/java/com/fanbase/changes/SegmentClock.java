package com.fanbase.changes;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.segments.TimeBoundaries;
import com.fanbase.tenants.TenantId;

/**
 * Lets time move customers through time-relative rules: for each tenant with dynamic
 * segments, the customers whose time crossed a rule's boundary since the last look go
 * into the segment hop (everyone, for a full refresh, when there are more than the bulk
 * threshold), in the transaction that moves the segments' evaluation time on.
 */
@Component
class SegmentClock {

	private final TimeBoundaries boundaries;

	private final ChangeQueue queue;

	private final TransactionTemplate transactions;

	private final ChangesProperties properties;

	private final Clock clock;

	SegmentClock(TimeBoundaries boundaries, ChangeQueue queue, TransactionTemplate transactions,
			ChangesProperties properties, Clock clock) {
		this.boundaries = boundaries;
		this.queue = queue;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/** Looks at every tenant now; answers how many customers were sent on. */
	long tick() {
		long sent = 0;
		for (TenantId tenant : this.boundaries.tenants()) {
			sent += tick(tenant, this.clock.instant());
		}
		return sent;
	}

	long tick(TenantId tenant, Instant now) {
		Long sent = this.transactions.execute(
				(status) -> this.boundaries.crossed(tenant, now, this.properties.bulkThreshold()).map((crossed) -> {
					if (!crossed.isEmpty()) {
						this.queue.segments(tenant, crossed, now);
					}
					return (long) crossed.size();
				}).orElseGet(() -> {
					this.queue.segments(tenant, null, now);
					return -1L;
				}));
		return (sent != null) ? sent : 0;
	}

}
