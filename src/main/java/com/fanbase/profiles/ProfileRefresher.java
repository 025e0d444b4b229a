package com.fanbase.profiles;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.jobs.Jobs;
import com.fanbase.tenants.TenantId;

/**
 * Keeps profiles fresh between rebuilds: takes the customers that ingestion marked as
 * changed and recomputes just their profiles, scored with the tenant's current model. A
 * tenant without a model yet gets a full rebuild instead. Claiming the changes with
 * {@code skip locked} lets several replicas share the work without doing any twice. Each
 * batch publishes {@link ProfilesRefreshed} inside its transaction, so the next hop of
 * the change pipeline is recorded atomically with the profiles it follows.
 */
@Component
class ProfileRefresher {

	static final int BATCH = 5_000;

	/**
	 * Pending changes per tenant at the last look, to tell a running bulk load from a
	 * settled one.
	 */
	private final Map<Long, Long> pendingLastTime = new ConcurrentHashMap<>();

	private static final String CLAIM = """
			delete from customer_changes
			where tenant_id = :tenant and customer_id in (
			    select customer_id from customer_changes where tenant_id = :tenant
			    order by customer_id limit :limit for update skip locked)
			returning customer_id, changed_at
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ProfileBuilder builder;

	private final ProfileModeler modeler;

	private final ProfileScorer scorer;

	private final ApplicationEventPublisher events;

	private final Jobs jobs;

	private final Clock clock;

	private final long bulk;

	ProfileRefresher(JdbcClient jdbc, TransactionTemplate transactions, ProfileParts parts, Jobs jobs, Clock clock,
			@Value("${fanbase.profiles.bulk-threshold:50000}") long bulk) {
		this.bulk = bulk;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.builder = parts.builder();
		this.modeler = parts.modeler();
		this.scorer = parts.scorer();
		this.events = parts.events();
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * Refreshes every tenant's changed customers; returns how many profiles were rebuilt.
	 */
	long refreshAll() {
		long refreshed = 0;
		for (Long tenant : this.jdbc.sql("select distinct tenant_id from customer_changes").query(Long.class).list()) {
			refreshed += refresh(TenantId.of(tenant));
		}
		return refreshed;
	}

	long refresh(TenantId tenant) {
		return refresh(tenant, this.clock.instant());
	}

	/** Refreshes the tenant's changed customers as of the given time. */
	long refresh(TenantId tenant, Instant asOf) {
		if (this.jobs.active(tenant, ProfileRebuildJob.TYPE).isPresent()) {
			return 0;
		}
		long pending = pending(tenant);
		Long before = this.pendingLastTime.put(tenant.value(), pending);
		if (pending > this.bulk && (before == null || pending > before)) {
			return 0;
		}
		Optional<TenantModel> model = this.modeler.load(tenant);
		if (model.isEmpty() || pending > this.bulk) {
			this.jdbc.sql("delete from customer_changes where tenant_id = :tenant")
				.param("tenant", tenant.value())
				.update();
			this.jobs.submit(tenant, ProfileRebuildJob.TYPE, Map.of());
			this.pendingLastTime.remove(tenant.value());
			return 0;
		}
		long refreshed = 0;
		int claimed;
		do {
			Integer count = this.transactions.execute((status) -> refreshBatch(tenant, model.get(), asOf));
			claimed = (count != null) ? count : 0;
			refreshed += claimed;
		}
		while (claimed == BATCH);
		return refreshed;
	}

	private long pending(TenantId tenant) {
		return this.jdbc.sql("select count(*) from customer_changes where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(Long.class)
			.single();
	}

	private int refreshBatch(TenantId tenant, TenantModel model, Instant asOf) {
		List<Long> customers = new ArrayList<>();
		Instant[] oldest = { null };
		this.jdbc.sql(CLAIM).param("tenant", tenant.value()).param("limit", BATCH).query((rs) -> {
			customers.add(rs.getLong("customer_id"));
			Instant changed = rs.getObject("changed_at", OffsetDateTime.class).toInstant();
			oldest[0] = (oldest[0] == null || changed.isBefore(oldest[0])) ? changed : oldest[0];
		});
		if (!customers.isEmpty()) {
			this.builder.buildChanged(tenant, asOf, this.modeler.spendReference(tenant), customers);
			this.scorer.score(tenant, model, true);
			this.events.publishEvent(new ProfilesRefreshed(tenant, List.copyOf(customers), oldest[0]));
		}
		return customers.size();
	}

}
