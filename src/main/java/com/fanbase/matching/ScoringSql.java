package com.fanbase.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statements that score a tenant's customers for one event, built for that event and
 * a set of {@link Weights}. The event's facts are bound as parameters, so each factor's
 * two grades are short expressions on the profile row (see the README's table):
 * <ul>
 * <li>genre: match = the share of the event's genres among the customer's; strength =
 * that share times how far up the customer's genres (profiles order them by weight) they
 * are: the number matched over the place of the last of them (1 when they are the
 * customer's first genres);</li>
 * <li>type: match = the event's type is among the customer's types; strength = 1 over its
 * place among them;</li>
 * <li>artist: match = one of the event's artists is among the profile's artists or the
 * customer bought for an earlier event of them; strength = 1 − ½^v where v counts those
 * events, each halved by every year since the purchase (a show bought a year ago counts
 * ½), so three recent shows beat one old one and about five recent ones earn it all;</li>
 * <li>price: match = within the customer's per-ticket range widened by a quarter on each
 * side; strength = within the range itself;</li>
 * <li>location: match = same country (or same city where a country is missing); strength
 * = same city;</li>
 * <li>engagement: match = engagement score ≥ 70; strength = the score / 70, at most
 * 1;</li>
 * <li>watchlist: match = the event is on the customer's watchlist.</li>
 * </ul>
 * Scoring runs in two statements: {@link #rank()} is a plain read, so PostgreSQL can scan
 * the profiles with parallel workers, each keeping its own best {@code :cap} by a bounded
 * sort; {@link #store()} then computes the factors of just those customers and replaces
 * the event's unconverted recommendations with them, keeping the rank order. The order is
 * the score, then the exact (unrounded) score, then the customer's propensity to buy
 * ({@link #PROPENSITY}); the customer id only separates customers equal in all of them.
 */
final class ScoringSql {

	/** The event's facts, read once; the factor expressions bind them. */
	static final String EVENT = """
			select e.genres, e.event_type, e.artists, lower(e.city) as city, e.country,
			    coalesce(e.min_price_cents, e.max_price_cents) as price_lo,
			    coalesce(e.max_price_cents, e.min_price_cents) as price_hi
			from events e where e.tenant_id = :tenant and e.id = :event
			""";

	/**
	 * The tie-break: expected purchases in the next year (the profile's purchase model),
	 * then the most recent purchase, then the number of purchases.
	 */
	static final String PROPENSITY = "coalesce(p.expected_purchases_365d, 0) desc, p.last_purchase_at desc nulls last, p.purchase_count desc";

	private static final String TYPE_MATCH = "case when cast(:event_type as text) = any(p.event_type_names) then 1.0 else 0.0 end";

	private static final String TYPE_STRENGTH = "coalesce(1.0 / array_position(p.event_type_names, cast(:event_type as text)), 0.0)";

	private static final String ARTIST_MATCH = "case when a.visits > 0 or p.artists && cast(:artists as text[]) then 1.0 else 0.0 end";

	private static final String ARTIST_STRENGTH = "coalesce(1.0 - power(0.5::float8, a.visits), 0.0)";

	private static final String PRICE_MATCH = """
			case when cast(:price_lo as bigint) is null or p.price_min_cents is null then 0.0
			    when :price_lo * 4 >= p.price_min_cents * 3 and :price_hi * 4 <= p.price_max_cents * 5 then 1.0
			    else 0.0 end""";

	private static final String PRICE_STRENGTH = """
			case when cast(:price_lo as bigint) is null or p.price_min_cents is null then 0.0
			    when :price_lo >= p.price_min_cents and :price_hi <= p.price_max_cents then 1.0
			    else 0.0 end""";

	private static final String LOCATION_MATCH = """
			case when cast(:city as text) is null or p.city is null
			        then case when p.country = cast(:country as text) then 1.0 else 0.0 end
			    when p.country <> :country then 0.0
			    when lower(p.city) = :city or p.country = :country then 1.0 else 0.0 end""";

	private static final String LOCATION_STRENGTH = """
			case when cast(:city as text) is null or p.city is null or p.country <> :country then 0.0
			    when lower(p.city) = :city then 1.0 else 0.0 end""";

	private static final String ENGAGEMENT_MATCH = "case when p.engagement_score >= 70 then 1.0 else 0.0 end";

	private static final String ENGAGEMENT_STRENGTH = "least(p.engagement_score, 70) / 70.0";

	private static final String WATCHLIST_MATCH = "case when w.customer_id is not null then 1.0 else 0.0 end";

	/**
	 * The profiles scored: the tenant's, without the event's ticket holders (as of
	 * {@code :as_of}), with their past shows of the event's artists and whether they
	 * watch it.
	 */
	private static final String SCORED = """
			from %s p
			left join (select customer_id from watchlist where tenant_id = :tenant and event_id = :event
			           and added_at <= :as_of) w on w.customer_id = p.customer_id
			left join (select x.customer_id, count(*) as shows,
			               sum(power(0.5::float8, greatest(extract(epoch from (:as_of - x.at))::float8, 0) / 31557600)) as visits
			           from (select o.customer_id, o.event_id, max(o.placed_at) as at
			                 from events e join orders o on o.tenant_id = e.tenant_id and o.event_id = e.id
			                 where e.tenant_id = :tenant and e.artists && cast(:artists as text[]) and e.id <> :event
			                   and o.status = 'paid' and o.placed_at <= :as_of
			                 group by 1, 2) x
			           group by 1) a on a.customer_id = p.customer_id
			where p.tenant_id = :tenant %s
			    and not exists (select 1 from orders o where o.tenant_id = :tenant and o.event_id = :event
			        and o.status = 'paid' and o.customer_id = p.customer_id and o.placed_at <= :as_of)
			""";

	private static final String RANK = """
			select p.customer_id, %s as score, %s as exact
			%s
			order by score desc, exact desc, %s, p.customer_id limit :cap
			""";

	private static final String STORE = """
			with ranked as (
			    select id, position from unnest(cast(:ids as bigint[])) with ordinality as x(id, position)
			), top as materialized (
			    select f.*, %s as score, k.position
			    from (select p.customer_id, %s
			          %s) f
			    join ranked k on k.id = f.customer_id
			    where %s >= 1
			), removed as (
			    delete from event_recommendations r
			    where r.tenant_id = :tenant and r.event_id = :event and r.converted_at is null
			      and not exists (select 1 from top t where t.customer_id = r.customer_id)
			), stored as (
			    insert into event_recommendations as r (tenant_id, event_id, customer_id, score, genre_points,
			        type_points, artist_points, price_points, location_points, engagement_points, watchlist_points,
			        artist_shows, rank_position, recommended_at, scored_at)
			    select :tenant, :event, t.customer_id, t.score, t.genre, t.type, t.artist, t.price, t.location,
			        t.engagement, t.watchlist, t.shows, t.position, :now, :now
			    from top t
			    on conflict (tenant_id, event_id, customer_id) do update set score = excluded.score,
			        genre_points = excluded.genre_points, type_points = excluded.type_points,
			        artist_points = excluded.artist_points, price_points = excluded.price_points,
			        location_points = excluded.location_points, engagement_points = excluded.engagement_points,
			        watchlist_points = excluded.watchlist_points, artist_shows = excluded.artist_shows,
			        rank_position = excluded.rank_position, scored_at = excluded.scored_at
			    where r.converted_at is null
			    returning 1
			)
			select count(*) as stored from stored
			""";

	private final String profiles;

	private final List<String> matches;

	private final List<String> strengths;

	private final Weights weights;

	/**
	 * The statements for an event with {@code genres} genres (bound as {@code :genre0},
	 * {@code :genre1}, ...), scoring the rows of {@code profiles} (the profiles table or
	 * the back-test's profiles as of its cutoff) with {@code weights}.
	 */
	ScoringSql(int genres, String profiles, Weights weights) {
		this.profiles = profiles;
		this.weights = weights;
		this.matches = List.of(genre(genres, false), TYPE_MATCH, ARTIST_MATCH, PRICE_MATCH, LOCATION_MATCH,
				ENGAGEMENT_MATCH, WATCHLIST_MATCH);
		this.strengths = List.of(genre(genres, true), TYPE_STRENGTH, ARTIST_STRENGTH, PRICE_STRENGTH, LOCATION_STRENGTH,
				ENGAGEMENT_STRENGTH, "0.0");
	}

	private static String genre(int genres, boolean byPlace) {
		if (genres == 0) {
			return "0.0";
		}
		List<String> terms = new ArrayList<>();
		List<String> places = new ArrayList<>();
		for (int i = 0; i < genres; i++) {
			String genre = "cast(:genre" + i + " as text)";
			terms.add("case when " + genre + " = any(p.genre_names) then 1.0 else 0.0 end");
			places.add("coalesce(array_position(p.genre_names, " + genre + "), 0)");
		}
		String share = "(" + String.join(" + ", terms) + ") / " + genres;
		if (!byPlace) {
			return share;
		}
		// the matched genres' count over the place of the last of them: 1 when they lead
		String lead = "(" + String.join(" + ", terms) + ") / greatest(" + String.join(", ", places) + ", 1)";
		return "(" + share + ") * (" + lead + ")";
	}

	/** A factor's exact points: its weights times its grades. */
	private String exact(Factor factor) {
		int i = factor.ordinal();
		return "(" + number(this.weights.match(factor)) + " * (" + this.matches.get(i) + ") + "
				+ number(this.weights.strength(factor)) + " * (" + this.strengths.get(i) + "))";
	}

	/** A factor's points: the exact points rounded half up. */
	private String points(Factor factor) {
		return "cast(floor(" + exact(factor) + " + 0.5) as int)";
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.6f", value);
	}

	/** The best {@code :cap} customers, best first. */
	String rank() {
		List<String> points = new ArrayList<>();
		List<String> exact = new ArrayList<>();
		for (Factor factor : Factor.values()) {
			points.add(points(factor));
			exact.add(exact(factor));
		}
		return RANK.formatted(String.join(" + ", points), String.join(" + ", exact),
				SCORED.formatted(this.profiles, ""), PROPENSITY);
	}

	/**
	 * The grades of the customers in {@code :ids} as (customer_id, genre_match,
	 * genre_strength, ...), for the back-test.
	 */
	String grades() {
		List<String> columns = new ArrayList<>();
		for (Factor factor : Factor.values()) {
			columns.add(this.matches.get(factor.ordinal()) + " as " + factor.column() + "_m");
			columns.add(this.strengths.get(factor.ordinal()) + " as " + factor.column() + "_s");
		}
		return "select p.customer_id, " + String.join(",\n", columns) + "\n"
				+ SCORED.formatted(this.profiles, "and p.customer_id = any(cast(:ids as bigint[]))");
	}

	/**
	 * Stores the factors of the customers in {@code :ids} (in rank order) that score at
	 * least 1 and removes the event's other unconverted recommendations; answers how many
	 * were stored.
	 */
	String store() {
		List<String> columns = new ArrayList<>();
		for (Factor factor : Factor.values()) {
			columns.add(points(factor) + " as " + factor.name().toLowerCase(Locale.ROOT));
		}
		columns.add("coalesce(a.shows, 0) as shows");
		List<String> names = new ArrayList<>();
		for (Factor factor : Factor.values()) {
			names.add("f." + factor.name().toLowerCase(Locale.ROOT));
		}
		String total = String.join(" + ", names);
		return STORE.formatted(total, String.join(",\n", columns),
				SCORED.formatted(this.profiles, "and p.customer_id = any(cast(:ids as bigint[]))"), "(" + total + ")");
	}

}
