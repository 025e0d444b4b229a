package com.fanbase.profiles;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.profiles.model.ChurnBacktest;
import com.fanbase.profiles.model.ChurnFeatures;
import com.fanbase.tenants.TenantId;

/**
 * Replays a tenant's buyers as they stood one horizon before the observation time, with
 * what each did in the horizon after, and runs the {@link ChurnBacktest} on them. The
 * histories follow the profile's definitions (paid orders, one transaction per UTC day,
 * the first purchase starting the clock). At most {@link #MAX_CUSTOMERS} buyers are
 * replayed, a fixed sample by a hash of the id beyond that, so memory stays bounded.
 */
@Component
class ChurnBacktester {

	/** The horizon churn is about: "no purchase in the next 180 days". */
	static final int HORIZON_DAYS = 180;

	static final int MAX_CUSTOMERS = 50_000;

	/**
	 * Per buyer at the cutoff: the history, spend, activity of the last 30 days and the
	 * purchase days in the same 180 days a year earlier; and the purchase days after.
	 */
	private static final String CUSTOMERS = """
			with paid as materialized (
			    select o.customer_id, o.placed_at, (o.placed_at at time zone 'UTC')::date as day, o.total_cents
			    from orders o
			    where o.tenant_id = :tenant and o.status = 'paid' and o.placed_at <= :as_of
			), before as (
			    select customer_id, count(distinct day) - 1 as x, max(day) - min(day) as tx,
			        (:cutoff at time zone 'UTC')::date - min(day) as t, avg(total_cents)::float8 as avg_order
			    from paid where placed_at <= :cutoff group by customer_id
			), sampled as (
			    select * from before where (hashint8(customer_id) & 1023) < :share
			), later as (
			    select customer_id, count(distinct day) as n from paid where placed_at > :cutoff group by customer_id
			), season as (
			    select customer_id, count(distinct day) as n from paid
			    where placed_at > :cutoff - interval '365 days' and placed_at <= :cutoff - interval '185 days'
			    group by customer_id
			), activity as (
			    select customer_id, count(*) as n from activities
			    where tenant_id = :tenant and type in ('page_view', 'event_view', 'add_to_cart', 'email_click')
			        and occurred_at > :cutoff - interval '30 days' and occurred_at <= :cutoff
			    group by customer_id
			)
			select s.x, s.tx, s.t, s.avg_order, coalesce(a.n, 0) as activity, coalesce(se.n, 0) as seasonal,
			    coalesce(l.n, 0) as later
			from sampled s
			left join later l on l.customer_id = s.customer_id
			left join season se on se.customer_id = s.customer_id
			left join activity a on a.customer_id = s.customer_id
			order by s.customer_id
			""";

	private final JdbcClient jdbc;

	ChurnBacktester(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static Instant cutoff(Instant asOf) {
		return asOf.minus(Duration.ofDays(HORIZON_DAYS));
	}

	Optional<ChurnBacktest.Result> run(TenantId tenant, Instant asOf) {
		Instant cutoff = cutoff(asOf);
		long buyers = this.jdbc.sql("""
				select count(distinct customer_id) from orders
				where tenant_id = :tenant and status = 'paid' and placed_at <= :cutoff
				""")
			.param("tenant", tenant.value())
			.param("cutoff", ProfileBuilder.utc(cutoff))
			.query(Long.class)
			.single();
		if (buyers < ChurnBacktest.MIN_CUSTOMERS) {
			return Optional.empty();
		}
		long share = Math.min(1024, (long) Math.ceil(1024.0 * MAX_CUSTOMERS / buyers));
		List<ChurnBacktest.Customer> customers = new ArrayList<>();
		this.jdbc.sql(CUSTOMERS)
			.param("tenant", tenant.value())
			.param("as_of", ProfileBuilder.utc(asOf))
			.param("cutoff", ProfileBuilder.utc(cutoff))
			.param("share", share)
			.query((rs) -> {
				customers.add(new ChurnBacktest.Customer(
						new ChurnFeatures(rs.getDouble("x"), rs.getDouble("tx"), rs.getDouble("t"),
								rs.getDouble("avg_order"), rs.getDouble("activity"), rs.getDouble("seasonal")),
						rs.getInt("later")));
			});
		return ChurnBacktest.run(customers, HORIZON_DAYS);
	}

}
