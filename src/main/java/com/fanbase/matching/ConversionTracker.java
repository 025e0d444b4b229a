package com.fanbase.matching;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * Marks recommendations converted when the recommended customer holds a paid order for
 * the event placed at or after they were recommended: the time and id of the first such
 * order and the revenue of all of them. Set-based over the (event, customer) pairs that
 * ingested orders touched; a pair whose paid orders are all refunded or cancelled is
 * unmarked again.
 */
@Component
class ConversionTracker {

	private static final String MARK = """
			with touched as (%s), bought as (
			    select r.event_id, r.customer_id, min(o.placed_at) as first_at,
			        (array_agg(o.id order by o.placed_at, o.id))[1] as order_id, sum(o.total_cents) as revenue
			    from touched t
			    join event_recommendations r on r.tenant_id = :tenant and r.event_id = t.event_id
			        and r.customer_id = t.customer_id
			    join orders o on o.tenant_id = :tenant and o.event_id = t.event_id and o.customer_id = t.customer_id
			        and o.status = 'paid' and o.placed_at >= r.recommended_at
			    group by r.event_id, r.customer_id
			), marked as (
			    update event_recommendations r set converted_at = b.first_at, order_id = b.order_id,
			        revenue_cents = b.revenue
			    from bought b
			    where r.tenant_id = :tenant and r.event_id = b.event_id and r.customer_id = b.customer_id
			      and (r.converted_at, r.order_id, r.revenue_cents) is distinct from (b.first_at, b.order_id, b.revenue)
			    returning 1
			), unmarked as (
			    update event_recommendations r set converted_at = null, order_id = null, revenue_cents = null
			    from touched t
			    where r.tenant_id = :tenant and r.event_id = t.event_id and r.customer_id = t.customer_id
			      and r.converted_at is not null
			      and not exists (select 1 from bought b where b.event_id = t.event_id and b.customer_id = t.customer_id)
			    returning 1
			)
			select (select count(*) from marked) + (select count(*) from unmarked)
			""";

	// Only events that were ever generated: a bulk load of orders into a tenant with
	// recommendations pays a lookup of its order ids, not a join per order.
	private static final String BY_ORDERS = """
			select distinct o.event_id, o.customer_id from orders o
			where o.tenant_id = :tenant and o.id = any(cast(:ids as bigint[]))
			  and o.event_id in (select event_id from event_recommendation_runs where tenant_id = :tenant)
			""";

	private static final String BY_EVENT = """
			select distinct event_id, customer_id from orders
			where tenant_id = :tenant and event_id = :event
			""";

	private final JdbcClient jdbc;

	ConversionTracker(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Follows up a batch of ingested orders; returns how many recommendations changed.
	 */
	long markForOrders(TenantId tenant, List<Long> orderIds) {
		if (!hasRecommendations(tenant)) {
			return 0;
		}
		return this.jdbc.sql(MARK.formatted(BY_ORDERS))
			.param("tenant", tenant.value())
			.param("ids", orderIds.toArray(Long[]::new))
			.query(Long.class)
			.single();
	}

	long markForEvent(TenantId tenant, long eventId) {
		return this.jdbc.sql(MARK.formatted(BY_EVENT))
			.param("tenant", tenant.value())
			.param("event", eventId)
			.query(Long.class)
			.single();
	}

	/** Bulk loads of a tenant without recommendations pay one index probe per batch. */
	private boolean hasRecommendations(TenantId tenant) {
		return this.jdbc.sql("select exists (select 1 from event_recommendations where tenant_id = :tenant)")
			.param("tenant", tenant.value())
			.query(Boolean.class)
			.single();
	}

}
