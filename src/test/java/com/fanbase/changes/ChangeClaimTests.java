package com.fanbase.changes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.tenants.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent claimers share the outbox without ever taking the same row: two claimers
 * hold their claims open at the same time (the live worker may take rows too), and every
 * row ends done exactly once.
 */
class ChangeClaimTests extends LiveTestSupport {

	@Autowired
	ChangeQueue queue;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoConcurrentClaimersNeverTakeTheSameRow() throws Exception {
		TenantId tenant = TenantId.of(newTenant().id());
		int rows = 60;
		// Rows dated a few minutes ahead, so the live worker (which claims rows already
		// due)
		// leaves them to the two claimers here, which look further ahead.
		for (int i = 0; i < rows; i++) {
			this.jdbc.sql("""
					insert into pipeline_changes (tenant_id, hop, customer_ids, changed_at, created_at)
					values (:tenant, 'segments', array[:customer]::bigint[], now(), now() + interval '5 minutes')
					""").param("tenant", tenant.value()).param("customer", 1_000_000L + i).update();
		}
		CyclicBarrier bothHoldClaims = new CyclicBarrier(2);
		// Two threads of their own: the common pool may have just one on a small machine.
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Long> a;
		List<Long> b;
		try {
			Future<List<Long>> first = threads.submit(() -> claim(tenant, "claimer-a", bothHoldClaims));
			Future<List<Long>> second = threads.submit(() -> claim(tenant, "claimer-b", bothHoldClaims));
			a = first.get(60, TimeUnit.SECONDS);
			b = second.get(60, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(a).hasSize(rows / 2);
		assertThat(b).hasSize(rows / 2);
		Set<Long> overlap = new HashSet<>(a);
		overlap.retainAll(b);
		assertThat(overlap).isEmpty();
		List<String> doneBy = this.jdbc.sql("""
				select claimed_by from pipeline_changes where tenant_id = :tenant and done_at is not null
				""").param("tenant", tenant.value()).query(String.class).list();
		assertThat(doneBy.stream().filter("claimer-a"::equals)).hasSameSizeAs(a);
		assertThat(doneBy.stream().filter("claimer-b"::equals)).hasSameSizeAs(b);
		assertThat(doneBy).hasSize(rows);
	}

	/**
	 * Claims half the rows and keeps them locked until the other claimer holds its own.
	 */
	private List<Long> claim(TenantId tenant, String name, CyclicBarrier bothHoldClaims) {
		return this.transactions.execute((status) -> {
			List<PendingChange> claimed = this.queue.claim(tenant, ChangeQueue.SEGMENTS, 30, Duration.ofMinutes(-10),
					Duration.ofMinutes(10));
			try {
				bothHoldClaims.await(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			this.queue.done(tenant, claimed, name);
			return new ArrayList<>(claimed.stream().map(PendingChange::id).toList());
		});
	}

}
