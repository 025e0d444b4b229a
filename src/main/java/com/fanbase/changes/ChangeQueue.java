package com.fanbase.changes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * The {@code pipeline_changes} outbox: rows are appended in the transaction of the change
 * they follow, claimed with {@code skip locked} (so concurrent claimers never take the
 * same row) and marked done in the transaction that does their work.
 */
@Component
class ChangeQueue {

	static final String SEGMENTS = "segments";

	static final String EXPORTS = "exports";

	private static final String CLAIM = """
			select tenant_id, id, customer_ids, segment_ids, changed_at from pipeline_changes
			where hop = :hop and tenant_id = :tenant and done_at is null
			  and (claimed_at is null or claimed_at < :expired) and created_at <= :before
			order by id limit :limit for update skip locked
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ChangeQueue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Customers to evaluate; {@code customers} null means all of the tenant's. */
	void segments(TenantId tenant, Collection<Long> customers, Instant changedAt) {
		append(tenant, SEGMENTS, (customers != null) ? customers.toArray(Long[]::new) : null, null, changedAt);
	}

	void exports(TenantId tenant, Collection<Long> segments, Instant changedAt) {
		append(tenant, EXPORTS, null, segments.toArray(Long[]::new), changedAt);
	}

	private void append(TenantId tenant, String hop, Long[] customers, Long[] segments, Instant changedAt) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				insert into pipeline_changes (tenant_id, hop, customer_ids, segment_ids, changed_at, created_at)
				values (:tenant, :hop, cast(:customers as bigint[]), cast(:segments as bigint[]), :changed, :now)
				""")
			.param("tenant", tenant.value())
			.param("hop", hop)
			.param("customers", customers)
			.param("segments", segments)
			.param("changed", (changedAt != null) ? changedAt.atOffset(ZoneOffset.UTC) : now)
			.param("now", now)
			.update();
	}

	/** Tenants with rows of the hop waiting. */
	List<TenantId> tenants(String hop) {
		return this.jdbc
			.sql("select distinct tenant_id from pipeline_changes where hop = :hop and done_at is null order by 1")
			.param("hop", hop)
			.query(Long.class)
			.list()
			.stream()
			.map(TenantId::of)
			.toList();
	}

	/**
	 * Locks up to {@code limit} unleased rows of the hop created at least {@code age}
	 * ago, skipping rows another claimer holds; call within the transaction that finishes
	 * them.
	 */
	List<PendingChange> claim(TenantId tenant, String hop, int limit, Duration age, Duration lease) {
		Instant now = this.clock.instant();
		return this.jdbc.sql(CLAIM)
			.param("hop", hop)
			.param("tenant", tenant.value())
			.param("expired", now.minus(lease).atOffset(ZoneOffset.UTC))
			.param("before", now.minus(age).atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query(ChangeQueue::map)
			.list();
	}

	/**
	 * Leases claimed rows to this replica, for work done outside the claiming
	 * transaction: until the lease expires no one else claims them.
	 */
	void lease(TenantId tenant, List<PendingChange> rows, String by) {
		this.jdbc.sql("""
				update pipeline_changes set claimed_by = :by, claimed_at = :now
				where tenant_id = :tenant and id = any(cast(:ids as bigint[]))
				""")
			.param("tenant", tenant.value())
			.param("ids", ids(rows))
			.param("by", by)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	void done(TenantId tenant, List<PendingChange> rows, String by) {
		this.jdbc.sql("""
				update pipeline_changes set done_at = :now, claimed_by = :by, claimed_at = coalesce(claimed_at, :now)
				where tenant_id = :tenant and id = any(cast(:ids as bigint[])) and done_at is null
				""")
			.param("tenant", tenant.value())
			.param("ids", ids(rows))
			.param("by", by)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	/** Deletes rows done before the time; answers how many. */
	int prune(Instant before) {
		return this.jdbc.sql("delete from pipeline_changes where done_at < :before")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.update();
	}

	private static Long[] ids(List<PendingChange> rows) {
		return rows.stream().map(PendingChange::id).toArray(Long[]::new);
	}

	private static PendingChange map(ResultSet rs, int row) throws SQLException {
		return new PendingChange(rs.getLong("tenant_id"), rs.getLong("id"), longs(rs.getArray("customer_ids")),
				longs(rs.getArray("segment_ids")), rs.getObject("changed_at", OffsetDateTime.class).toInstant());
	}

	private static List<Long> longs(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((Long[]) array.getArray()) : null;
	}

}
