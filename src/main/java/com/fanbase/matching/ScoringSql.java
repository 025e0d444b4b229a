package com.fanbase.matching;

/**
 * The statement that scores every customer of a tenant for one event and stores the best.
 * One pass over {@code customer_profiles}: the event's facts are read once, its ticket
 * holders and watchers are small sets joined by hash, each factor is computed once per
 * row (the {@code offset 0} keeps the planner from inlining the expressions into the
 * filter and the sort key, which tripled their cost), and the top {@code :cap} are kept
 * with a bounded sort. Integer arithmetic throughout: numeric rounding cost more than the
 * scan. Partial credit (see the README):
 * <ul>
 * <li>genre_match: 25 × the share of the event's genres among the customer's genres,
 * rounded half up (1 of 2 → 13, 1 of 3 → 8, 2 of 3 → 17);</li>
 * <li>price_fit: 15 when the event's price range lies within the customer's per-ticket
 * range, 8 when it lies within that range widened by a quarter on each side (lower bound
 * × 0.75, upper bound × 1.25);</li>
 * <li>location_match: 10 in the customer's city (and not another country), 5 in the same
 * country.</li>
 * </ul>
 */
final class ScoringSql {

	static final String FACTORS = """
			with event as materialized (
			    select e.genres, array[e.event_type] as types, e.artists, lower(e.city) as city, e.country,
			        coalesce(e.min_price_cents, e.max_price_cents) as price_lo,
			        coalesce(e.max_price_cents, e.min_price_cents) as price_hi
			    from events e where e.tenant_id = :tenant and e.id = :event
			), holders as materialized (
			    select distinct customer_id from orders
			    where tenant_id = :tenant and event_id = :event and status = 'paid'
			), watchers as materialized (
			    select customer_id from watchlist where tenant_id = :tenant and event_id = :event
			), factors as (
			    select f.*, f.genre + f.type + f.artist + f.price + f.location + f.engagement + f.watchlist as score
			    from (select p.customer_id,
			              case when cardinality(ev.genres) = 0 or not (p.genre_names && ev.genres) then 0
			                  else (50 * (select count(*) from unnest(ev.genres) g where g = any(p.genre_names))::int
			                      + cardinality(ev.genres)) / (2 * cardinality(ev.genres)) end as genre,
			              case when p.event_type_names @> ev.types then 20 else 0 end as type,
			              case when p.artists && ev.artists then 20 else 0 end as artist,
			              case when ev.price_lo is null or p.price_min_cents is null then 0
			                  when ev.price_lo >= p.price_min_cents and ev.price_hi <= p.price_max_cents then 15
			                  when ev.price_lo * 4 >= p.price_min_cents * 3
			                      and ev.price_hi * 4 <= p.price_max_cents * 5 then 8
			                  else 0 end as price,
			              case when ev.city is null or p.city is null
			                      then case when p.country = ev.country then 5 else 0 end
			                  when p.country <> ev.country then 0
			                  when lower(p.city) = ev.city then 10
			                  when p.country = ev.country then 5 else 0 end as location,
			              case when p.engagement_score >= 70 then 5 else 0 end as engagement,
			              case when w.customer_id is not null then 5 else 0 end as watchlist
			          from customer_profiles p cross join event ev
			          left join watchers w on w.customer_id = p.customer_id
			          where p.tenant_id = :tenant
			            and not exists (select 1 from holders h where h.customer_id = p.customer_id)
			          offset 0) f
			), top as materialized (
			    select * from factors where score >= 1 order by score desc, customer_id limit :cap
			)
			""";

	static final String STORE = FACTORS + """
			, removed as (
			    delete from event_recommendations r
			    where r.tenant_id = :tenant and r.event_id = :event and r.converted_at is null
			      and not exists (select 1 from top t where t.customer_id = r.customer_id)
			), stored as (
			    insert into event_recommendations as r (tenant_id, event_id, customer_id, score, genre_points,
			        type_points, artist_points, price_points, location_points, engagement_points, watchlist_points,
			        recommended_at, scored_at)
			    select :tenant, :event, t.customer_id, t.score, t.genre, t.type, t.artist, t.price, t.location,
			        t.engagement, t.watchlist, :now, :now
			    from top t
			    on conflict (tenant_id, event_id, customer_id) do update set score = excluded.score,
			        genre_points = excluded.genre_points, type_points = excluded.type_points,
			        artist_points = excluded.artist_points, price_points = excluded.price_points,
			        location_points = excluded.location_points, engagement_points = excluded.engagement_points,
			        watchlist_points = excluded.watchlist_points, scored_at = excluded.scored_at
			    where r.converted_at is null
			    returning 1
			)
			select count(*) as stored from stored
			""";

	private ScoringSql() {
	}

}
