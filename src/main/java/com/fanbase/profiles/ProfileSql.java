package com.fanbase.profiles;

/**
 * The statement that computes profiles for a scope of customers, as of a point in time.
 * Every figure is derived from paid orders, activities and the watchlist at or before
 * {@code :as_of}, so history can be replayed. The scope predicate is one of the constants
 * below, never input.
 */
final class ProfileSql {

	/**
	 * Which customers a statement covers, as a predicate on any customer-id column. The
	 * predicate is applied to customers, orders and activities alike, so each table's
	 * index range-scans just the scope instead of the tenant's whole history being joined
	 * against it.
	 */
	enum Scope {

		/** Customers with ids in {@code [:lo, :hi)}: the chunks of a full rebuild. */
		RANGE("%1$s >= :lo and %1$s < :hi"),

		/**
		 * The customers listed in the session's {@code profile_scope} table: a refresh.
		 */
		CHANGED("%1$s in (select customer_id from profile_scope)");

		private final String predicate;

		Scope(String predicate) {
			this.predicate = predicate;
		}

		String on(String column) {
			return this.predicate.formatted(column);
		}

	}

	private static final String BUILD = """
			with scope as materialized (
			    select c.tenant_id, c.id, c.birth_date, c.city, c.country, c.created_at, c.email_consent, c.ads_consent,
			        c.email, c.phone_e164
			    from customers c
			    where c.tenant_id = :tenant and {customers}
			), paid as materialized (
			    select o.customer_id, o.event_id, o.total_cents, o.tickets, o.placed_at, e.genres, e.event_type,
			        e.artists, e.starts_at,
			        (1 + ln(1 + o.total_cents / 100.0::float8))
			            * power(0.5::float8, extract(epoch from (:as_of - o.placed_at))::float8 / 86400 / 180) as weight
			    from orders o
			    join scope s on s.id = o.customer_id
			    join events e on e.tenant_id = o.tenant_id and e.id = o.event_id
			    where o.tenant_id = :tenant and {orders} and o.status = 'paid' and o.placed_at <= :as_of
			), watched as materialized (
			    select w.customer_id, e.genres, e.event_type,
			        0.5 * power(0.5::float8, extract(epoch from (:as_of - w.occurred_at))::float8 / 86400 / 180) as weight
			    from (select distinct on (a.customer_id, a.event_id) a.customer_id, a.event_id, a.type, a.occurred_at
			          from activities a join scope s on s.id = a.customer_id
			          where a.tenant_id = :tenant and {activities} and a.type in ('watchlist_add', 'watchlist_remove')
			            and a.occurred_at <= :as_of
			          order by a.customer_id, a.event_id, a.occurred_at desc, a.id desc) w
			    join events e on e.tenant_id = :tenant and e.id = w.event_id
			    where w.type = 'watchlist_add'
			), metrics as (
			    select customer_id, count(*) as purchases, sum(total_cents) as total, sum(tickets) as tickets,
			        min(placed_at) as first_at, max(placed_at) as last_at, count(distinct event_id) as events,
			        min(total_cents / greatest(tickets, 1)) as price_min, max(total_cents / greatest(tickets, 1)) as price_max
			    from paid group by customer_id
			), genre_weights as (
			    select customer_id, name, sum(weight) as weight
			    from (select customer_id, unnest(genres) as name, weight from paid
			          union all select customer_id, unnest(genres), weight from watched) g
			    group by customer_id, name
			), genres as (
			    select customer_id, array_agg(name order by weight desc, name) as names,
			        jsonb_agg(jsonb_build_object('name', name, 'weight', round((weight / total)::numeric, 3))
			            order by weight desc, name) as weighted
			    from (select *, sum(weight) over (partition by customer_id) as total from genre_weights) g
			    group by customer_id
			), type_weights as (
			    select customer_id, name, sum(weight) as weight
			    from (select customer_id, event_type as name, weight from paid
			          union all select customer_id, event_type, weight from watched) t
			    group by customer_id, name
			), types as (
			    select customer_id, array_agg(name order by weight desc, name) as names,
			        jsonb_agg(jsonb_build_object('name', name, 'weight', round((weight / total)::numeric, 3))
			            order by weight desc, name) as weighted
			    from (select *, sum(weight) over (partition by customer_id) as total from type_weights) t
			    group by customer_id
			), artists as (
			    select customer_id, array_agg(artist order by weight desc, artist) as names
			    from (select customer_id, artist, sum(weight) as weight from paid, unnest(artists) as artist
			          group by customer_id, artist) a
			    group by customer_id
			), days as (
			    select customer_id, array_agg(day order by n desc, dow) as names
			    from (select customer_id, extract(isodow from starts_at at time zone 'UTC') as dow,
			              lower(to_char(starts_at at time zone 'UTC', 'Dy')) as day, count(distinct event_id) as n
			          from paid group by 1, 2, 3) d
			    group by customer_id
			), activity as (
			    select a.customer_id,
			        count(*) filter (where a.type in ('page_view', 'event_view')) as views,
			        count(*) filter (where a.type = 'add_to_cart') as cart_adds,
			        count(*) filter (where a.type = 'email_click') as clicks
			    from activities a join scope s on s.id = a.customer_id
			    where a.tenant_id = :tenant and {activities} and a.occurred_at > :as_of - interval '30 days'
			        and a.occurred_at <= :as_of
			    group by a.customer_id
			), watching as (
			    select customer_id, count(*) as n from watched group by customer_id
			), transactions as (
			    select customer_id, count(*) - 1 as x, max(day) - min(day) as tx_days,
			        (:as_of at time zone 'UTC')::date - min(day) as t_days,
			        case when count(*) > 1
			            then (sum(value) - (array_agg(value order by day))[1])::float8 / (count(*) - 1) end as mean_repeat
			    from (select customer_id, (placed_at at time zone 'UTC')::date as day, sum(total_cents) as value
			          from paid group by 1, 2) d
			    group by customer_id
			), upserted as (
			insert into customer_profiles as p (tenant_id, customer_id, purchase_count, total_spent_cents,
			    avg_order_cents, tickets_bought, first_purchase_at, last_purchase_at, events_attended, genres,
			    genre_names, event_types, event_type_names, artists, price_min_cents, price_max_cents, preferred_days,
			    city, country, age, recent_views, recent_cart_adds, recent_email_clicks, watchlist_count,
			    engagement_score, repeat_transactions, recency_days, age_days, mean_repeat_value_cents, as_of, updated_at)
			select :tenant, s.id, coalesce(m.purchases, 0), coalesce(m.total, 0), m.total / nullif(m.purchases, 0),
			    coalesce(m.tickets, 0), m.first_at, m.last_at, coalesce(m.events, 0), coalesce(g.weighted, '[]'),
			    coalesce(g.names, '{}'), coalesce(t.weighted, '[]'), coalesce(t.names, '{}'), coalesce(ar.names, '{}'),
			    m.price_min, m.price_max, coalesce(d.names, '{}'), s.city, s.country,
			    date_part('year', age((:as_of at time zone 'UTC')::date, s.birth_date))::int,
			    coalesce(ac.views, 0), coalesce(ac.cart_adds, 0), coalesce(ac.clicks, 0), coalesce(w.n, 0),
			    least(100, round(
			        coalesce(30 * power(0.5::float8, extract(epoch from (:as_of - m.last_at))::float8 / 86400 / 90), 0)
			        + 25 * least(1, ln(1 + coalesce(m.purchases, 0)::float8) / ln(11::float8))
			        + 20 * least(1, ln(1 + coalesce(m.total, 0) / 100.0::float8) / ln(1 + :spend_reference::float8))
			        + least(8, coalesce(ac.views, 0)) + least(6, 3 * coalesce(ac.cart_adds, 0))
			        + least(6, 3 * coalesce(w.n, 0)) + least(5, 2 * coalesce(ac.clicks, 0))))::smallint,
			    coalesce(tr.x, 0), tr.tx_days, tr.t_days, tr.mean_repeat, :as_of, :now
			from scope s
			left join metrics m on m.customer_id = s.id
			left join genres g on g.customer_id = s.id
			left join types t on t.customer_id = s.id
			left join artists ar on ar.customer_id = s.id
			left join days d on d.customer_id = s.id
			left join activity ac on ac.customer_id = s.id
			left join watching w on w.customer_id = s.id
			left join transactions tr on tr.customer_id = s.id
			on conflict (tenant_id, customer_id) do update set
			    purchase_count = excluded.purchase_count, total_spent_cents = excluded.total_spent_cents,
			    avg_order_cents = excluded.avg_order_cents, tickets_bought = excluded.tickets_bought,
			    first_purchase_at = excluded.first_purchase_at, last_purchase_at = excluded.last_purchase_at,
			    events_attended = excluded.events_attended, genres = excluded.genres,
			    genre_names = excluded.genre_names, event_types = excluded.event_types,
			    event_type_names = excluded.event_type_names, artists = excluded.artists,
			    price_min_cents = excluded.price_min_cents, price_max_cents = excluded.price_max_cents,
			    preferred_days = excluded.preferred_days, city = excluded.city, country = excluded.country,
			    age = excluded.age, recent_views = excluded.recent_views, recent_cart_adds = excluded.recent_cart_adds,
			    recent_email_clicks = excluded.recent_email_clicks, watchlist_count = excluded.watchlist_count,
			    engagement_score = excluded.engagement_score, repeat_transactions = excluded.repeat_transactions,
			    recency_days = excluded.recency_days, age_days = excluded.age_days,
			    mean_repeat_value_cents = excluded.mean_repeat_value_cents, as_of = excluded.as_of,
			    updated_at = excluded.updated_at
			returning p.*
			)
			""";

	/**
	 * The 90th percentile of buyers' total spend in major units: the top of the spend
	 * scale.
	 */
	static final String SPEND_REFERENCE = """
			select coalesce(percentile_cont(0.9) within group (order by total) / 100.0, 0)
			from (select sum(total_cents) as total from orders
			      where tenant_id = :tenant and status = 'paid' and placed_at <= :as_of
			      group by customer_id) t
			""";

	private ProfileSql() {
	}

	/**
	 * The statement for a scope: the profiles upserted, and their facts written from the
	 * upserted rows (scores as they stand; the scorer updates them after).
	 */
	static String build(Scope scope) {
		return (BUILD + ProfileFactsWriter.upsertFrom("upserted", "scope")).replace("{customers}", scope.on("c.id"))
			.replace("{orders}", scope.on("o.customer_id"))
			.replace("{activities}", scope.on("a.customer_id"));
	}

}
