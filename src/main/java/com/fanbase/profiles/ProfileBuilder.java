package com.fanbase.profiles;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * Computes the metric, preference and engagement part of profiles with one set-based
 * statement per scope of customers.
 */
@Component
class ProfileBuilder {

	private static final String SCOPE_TABLE = """
			create temp table if not exists profile_scope (customer_id bigint primary key) on commit delete rows
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ProfileBuilder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Refreshes the planner's statistics of the tables a rebuild reads. Right after a
	 * bulk load they describe the empty tables, and the planner then picks nested loops
	 * over millions of rows; a sampled ANALYZE costs seconds and saves minutes.
	 */
	void refreshStatistics() {
		this.jdbc.sql("analyze customers, orders, events, activities").update();
	}

	/** The top of the engagement score's spend scale for this tenant at this time. */
	double spendReference(TenantId tenant, Instant asOf) {
		double reference = this.jdbc.sql(ProfileSql.SPEND_REFERENCE)
			.param("tenant", tenant.value())
			.param("as_of", utc(asOf))
			.query(Double.class)
			.single();
		return Math.max(reference, 1.0);
	}

	/**
	 * Boundaries that cut the tenant's customers into chunks of about {@code size} ids.
	 */
	List<Long> chunkStarts(TenantId tenant, int size) {
		return this.jdbc
			.sql("""
					select id from (select id, row_number() over (order by id) as n from customers where tenant_id = :tenant) c
					where (n - 1) % :size = 0 order by id
					""")
			.param("tenant", tenant.value())
			.param("size", size)
			.query(Long.class)
			.list();
	}

	long customerCount(TenantId tenant) {
		return this.jdbc.sql("select count(*) from customers where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(Long.class)
			.single();
	}

	int buildRange(TenantId tenant, Instant asOf, double spendReference, long lo, long hi) {
		return this.jdbc.sql(ProfileSql.build(ProfileSql.Scope.RANGE))
			.param("tenant", tenant.value())
			.param("as_of", utc(asOf))
			.param("now", OffsetDateTime.now(this.clock))
			.param("spend_reference", spendReference)
			.param("lo", lo)
			.param("hi", hi)
			.update();
	}

	/** Builds the profiles of the given customers; call within a transaction. */
	int buildChanged(TenantId tenant, Instant asOf, double spendReference, List<Long> customers) {
		this.jdbc.sql(SCOPE_TABLE).update();
		this.jdbc.sql("insert into profile_scope select unnest(cast(:ids as bigint[])) on conflict do nothing")
			.param("ids", customers.toArray(Long[]::new))
			.update();
		this.jdbc.sql("analyze profile_scope").update();
		return this.jdbc.sql(ProfileSql.build(ProfileSql.Scope.CHANGED))
			.param("tenant", tenant.value())
			.param("as_of", utc(asOf))
			.param("now", OffsetDateTime.now(this.clock))
			.param("spend_reference", spendReference)
			.update();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
