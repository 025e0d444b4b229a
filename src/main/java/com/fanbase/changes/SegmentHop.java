package com.fanbase.changes;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.jobs.Replica;
import com.fanbase.segments.SegmentEvaluator;
import com.fanbase.segments.SegmentRefresher;
import com.fanbase.tenants.TenantId;

/**
 * The hop from changed profiles to segment memberships: claims a tenant's waiting rows,
 * evaluates only their customers against the tenant's dynamic segments and marks the rows
 * done in one transaction (the evaluation publishes the export hop's row in it). Above
 * the bulk threshold, or for a row meaning every customer, the rows are leased instead
 * and the segments refreshed in full, set-based; a crash before the rows are done lets
 * the lease expire and the (idempotent) refresh run again.
 */
@Component
class SegmentHop {

	private final ChangeQueue queue;

	private final SegmentEvaluator evaluator;

	private final SegmentRefresher refresher;

	private final TransactionTemplate transactions;

	private final ChangesProperties properties;

	private final String replica;

	SegmentHop(ChangeQueue queue, SegmentEvaluator evaluator, SegmentRefresher refresher,
			TransactionTemplate transactions, ChangesProperties properties, Replica replica) {
		this.queue = queue;
		this.evaluator = evaluator;
		this.refresher = refresher;
		this.transactions = transactions;
		this.properties = properties;
		this.replica = replica.name();
	}

	/** Runs the hop for the tenant's waiting rows; answers how many rows were done. */
	int run(TenantId tenant) {
		Claimed claimed = this.transactions.execute((status) -> {
			List<PendingChange> rows = this.queue.claim(tenant, ChangeQueue.SEGMENTS, this.properties.claimRows(),
					Duration.ZERO, this.properties.lease());
			Set<Long> customers = new LinkedHashSet<>();
			boolean everyone = false;
			for (PendingChange row : rows) {
				everyone |= row.customers() == null;
				if (row.customers() != null) {
					customers.addAll(row.customers());
				}
			}
			if (everyone || customers.size() > this.properties.bulkThreshold()) {
				this.queue.lease(tenant, rows, this.replica);
				return new Claimed(rows, true);
			}
			if (!rows.isEmpty()) {
				this.evaluator.evaluate(tenant, customers);
				this.queue.done(tenant, rows, this.replica);
			}
			return new Claimed(rows, false);
		});
		if (claimed.bulk()) {
			this.refresher.refreshDynamic(tenant);
			this.transactions.executeWithoutResult((status) -> this.queue.done(tenant, claimed.rows(), this.replica));
		}
		return claimed.rows().size();
	}

	private record Claimed(List<PendingChange> rows, boolean bulk) {
	}

}
