package com.fanbase.exports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * Customers who must never be exported or mailed, and why: erased, unsubscribed,
 * hard-bounced or complained. Exports honour every reason; privacy and campaigns record
 * them here. A suppressed customer already on an audience is removed by the next sync.
 */
@Component
public class Suppressions {

	public static final Set<String> REASONS = Set.of("erased", "unsubscribed", "hard_bounced", "complained");

	private final JdbcClient jdbc;

	private final Clock clock;

	Suppressions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void suppress(TenantId tenant, long customerId, String reason) {
		if (!REASONS.contains(reason)) {
			throw new IllegalArgumentException("Unknown suppression reason " + reason);
		}
		this.jdbc.sql("""
				insert into customer_suppressions (tenant_id, customer_id, reason, created_at)
				values (:tenant, :customer, :reason, :now) on conflict do nothing
				""")
			.param("tenant", tenant.value())
			.param("customer", customerId)
			.param("reason", reason)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	public void lift(TenantId tenant, long customerId, String reason) {
		this.jdbc.sql(
				"delete from customer_suppressions where tenant_id = :tenant and customer_id = :customer and reason = :reason")
			.param("tenant", tenant.value())
			.param("customer", customerId)
			.param("reason", reason)
			.update();
	}

	public List<String> reasons(TenantId tenant, long customerId) {
		return this.jdbc.sql(
				"select reason from customer_suppressions where tenant_id = :tenant and customer_id = :customer order by reason")
			.param("tenant", tenant.value())
			.param("customer", customerId)
			.query(String.class)
			.list();
	}

}
