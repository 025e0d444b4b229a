package com.fanbase.changes;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.exports.Export;
import com.fanbase.exports.Exports;
import com.fanbase.jobs.Replica;
import com.fanbase.tenants.TenantId;

/**
 * The hop from segment member changes to the platforms: once a tenant's rows have
 * gathered for the export cadence, each changed segment's settled exports get one delta
 * sync (a durable export job, queued in the transaction that marks the rows done). An
 * export still syncing keeps its segment waiting, so an audience never has two upload
 * sessions at once (Meta's rule; one job per list for Google, one file upload at a time
 * for TikTok) and a burst of changes becomes one delta.
 */
@Component
class ExportHop {

	private final ChangeQueue queue;

	private final Exports exports;

	private final TransactionTemplate transactions;

	private final ChangesProperties properties;

	private final String replica;

	ExportHop(ChangeQueue queue, Exports exports, TransactionTemplate transactions, ChangesProperties properties,
			Replica replica) {
		this.queue = queue;
		this.exports = exports;
		this.transactions = transactions;
		this.properties = properties;
		this.replica = replica.name();
	}

	/** Runs the hop for the tenant's gathered rows; answers how many rows were done. */
	int run(TenantId tenant) {
		Integer done = this.transactions.execute((status) -> {
			List<PendingChange> rows = this.queue.claim(tenant, ChangeQueue.EXPORTS, this.properties.claimRows(),
					this.properties.exportCadence(), this.properties.lease());
			Set<Long> segments = new TreeSet<>();
			rows.forEach((row) -> segments.addAll(row.segments()));
			Set<Long> busy = new TreeSet<>();
			for (long segment : segments) {
				List<Export> exports = this.exports.list(tenant, null, segment);
				if (exports.stream().anyMatch(ExportHop::syncing)) {
					busy.add(segment);
					continue;
				}
				exports.stream()
					.filter((export) -> export.status().equals("completed")
							|| export.status().equals("partially_failed"))
					.forEach((export) -> this.exports.sync(tenant, export.id(), false));
			}
			if (rows.isEmpty() || busy.size() == segments.size()) {
				return 0;
			}
			this.queue.done(tenant, rows, this.replica);
			if (!busy.isEmpty()) {
				Instant oldest = rows.stream().map(PendingChange::changedAt).min(Instant::compareTo).orElseThrow();
				this.queue.exports(tenant, busy, oldest);
			}
			return rows.size();
		});
		return (done != null) ? done : 0;
	}

	private static boolean syncing(Export export) {
		return export.status().equals("queued") || export.status().equals("running");
	}

}
