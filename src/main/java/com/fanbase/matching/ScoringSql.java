package com.fanbase.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements that score a tenant's customers for one event, built for that event. The
 * event's facts are bound as parameters, so each factor is a short expression on the
 * profile row. Scoring runs in two statements: {@link #RANK} is a plain read, so
 * PostgreSQL can scan {@code customer_profiles} with parallel workers, each keeping its
 * own best {@code :cap} by a bounded sort, and computes only the total score once per
 * row; {@link #STORE} then computes the factors of just those customers and replaces the
 * event's unconverted recommendations with them (a statement that writes cannot run in
 * parallel). Integer arithmetic throughout. Partial credit (see the README):
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

	/** The event's facts, read once; the factor expressions bind them. */
	static final String EVENT = """
			select e.genres, e.event_type, e.artists, lower(e.city) as city, e.country,
			    coalesce(e.min_price_cents, e.max_price_cents) as price_lo,
			    coalesce(e.max_price_cents, e.min_price_cents) as price_hi
			from events e where e.tenant_id = :tenant and e.id = :event
			""";

	private static final String TYPE = "case when cast(:event_type as text) = any(p.event_type_names) then 20 else 0 end";

	private static final String ARTIST = "case when p.artists && cast(:artists as text[]) then 20 else 0 end";

	private static final String PRICE = """
			case when cast(:price_lo as bigint) is null or p.price_min_cents is null then 0
			    when :price_lo >= p.price_min_cents and :price_hi <= p.price_max_cents then 15
			    when :price_lo * 4 >= p.price_min_cents * 3 and :price_hi * 4 <= p.price_max_cents * 5 then 8
			    else 0 end""";

	private static final String LOCATION = """
			case when cast(:city as text) is null or p.city is null
			        then case when p.country = cast(:country as text) then 5 else 0 end
			    when p.country <> :country then 0
			    when lower(p.city) = :city then 10
			    when p.country = :country then 5 else 0 end""";

	private static final String ENGAGEMENT = "case when p.engagement_score >= 70 then 5 else 0 end";

	private static final String WATCHLIST = "case when w.customer_id is not null then 5 else 0 end";

	/** The profiles scored: the tenant's, without the event's ticket holders. */
	private static final String SCORED = """
			from customer_profiles p
			left join (select customer_id from watchlist where tenant_id = :tenant and event_id = :event) w
			    on w.customer_id = p.customer_id
			where p.tenant_id = :tenant %s
			    and not exists (select 1 from orders o where o.tenant_id = :tenant and o.event_id = :event
			        and o.status = 'paid' and o.customer_id = p.customer_id)
			""";

	private static final String RANK = """
			select p.customer_id, %s as score
			%s
			order by score desc, p.customer_id limit :cap
			""";

	private static final String STORE = """
			with top as materialized (
			    select f.*, %s as score
			    from (select p.customer_id, %s
			          %s) f
			    where %s >= 1
			), removed as (
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

	private static final List<String> FACTORS = List.of("genre", "type", "artist", "price", "location", "engagement",
			"watchlist");

	private final List<String> expressions;

	/**
	 * The statements for an event with {@code genres} genres: the genre factor counts the
	 * event's genres among the customer's with one term per genre, bound as
	 * {@code :genre0}, {@code :genre1}, ...
	 */
	ScoringSql(int genres) {
		this.expressions = List.of(genre(genres), TYPE, ARTIST, PRICE, LOCATION, ENGAGEMENT, WATCHLIST);
	}

	private static String genre(int genres) {
		if (genres == 0) {
			return "0";
		}
		List<String> terms = new ArrayList<>();
		for (int i = 0; i < genres; i++) {
			terms.add("case when cast(:genre" + i + " as text) = any(p.genre_names) then 1 else 0 end");
		}
		// Integer division rounds half up; no matching genre gives 0.
		return "(50 * (" + String.join(" + ", terms) + ") + " + genres + ") / " + (2 * genres);
	}

	/** The best {@code :cap} customers by total score, best first, ties by id. */
	String rank() {
		return RANK.formatted(total(this.expressions), SCORED.formatted(""));
	}

	/**
	 * Stores the factors of the customers in {@code :ids} that score at least 1 and
	 * removes the event's other unconverted recommendations; answers how many were
	 * stored.
	 */
	String store() {
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < FACTORS.size(); i++) {
			columns.add(this.expressions.get(i) + " as " + FACTORS.get(i));
		}
		String total = String.join(" + ", FACTORS.stream().map((name) -> "f." + name).toList());
		return STORE.formatted(total, String.join(",\n", columns),
				SCORED.formatted("and p.customer_id = any(cast(:ids as bigint[]))"), "(" + total + ")");
	}

	private static String total(List<String> expressions) {
		return String.join(" + ", expressions.stream().map((expression) -> "(" + expression + ")").toList());
	}

}
