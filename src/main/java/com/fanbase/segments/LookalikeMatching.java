package com.fanbase.segments;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The SQL that picks a lookalike's members: the tenant's customers outside the source
 * segment, most similar to it first. Similarity is a weighted sum of per-feature
 * similarities in [0, 1] to the source as a whole, so it lies in [0, 1] too:
 * <ul>
 * <li>spend (0.15, ln of total spent), frequency (0.15, ln of purchases), recency (0.10,
 * ln of days since the last purchase), ticket price (0.10, ln of the middle of the
 * customer's price range) and engagement (0.10, score / 100): a Gaussian kernel
 * {@code exp(-z²/2)} of the distance to the source members' mean, in standard deviations
 * of the whole tenant; a missing value contributes nothing;</li>
 * <li>genres (0.20) and event types (0.10): the cosine between the customer's set and the
 * source's shares (the fraction of source members with each genre or type);</li>
 * <li>location (0.10): 0.7 × the cosine of the customer's city against the source's city
 * shares + 0.3 × the same for the country.</li>
 * </ul>
 * Scores are rounded to four decimals and ties go to the lower customer id, so a refresh
 * over unchanged profiles picks the same members.
 */
final class LookalikeMatching {

	private static final String SQL = """
			with population as (
			    select stddev_pop(%1$s) as spend, stddev_pop(%2$s) as frequency, stddev_pop(%3$s) as recency,
			        stddev_pop(%4$s) as price, stddev_pop(%5$s) as engagement
			    from profile_facts p where p.tenant_id = :tenant
			), source as materialized (
			    select p.total_spent_cents, p.purchase_count, p.last_purchase_at, p.typical_price_cents,
			        p.engagement_score, p.genre_names, p.event_type_names, p.city, p.country
			    from profile_facts p join audience_segment_customers s on s.tenant_id = p.tenant_id and s.customer_id = p.customer_id
			    where p.tenant_id = :tenant and s.segment_id = :source
			), centre as (
			    select count(*) as members, avg(%1$s) as spend, avg(%2$s) as frequency, avg(%3$s) as recency,
			        avg(%4$s) as price, avg(%5$s) as engagement
			    from source p
			), shares as (
			    select kind, name, count(*)::float8 / (select members from centre) as share
			    from (select 'genre' as kind, unnest(genre_names) as name from source
			        union all select 'type', unnest(event_type_names) from source
			        union all select 'city', city from source where city is not null
			        union all select 'country', country from source where country is not null) named
			    group by kind, name
			), looks as (
			    select jsonb_object_agg(name, share / norm) filter (where kind = 'genre') as genres,
			        jsonb_object_agg(name, share / norm) filter (where kind = 'type') as types,
			        jsonb_object_agg(name, share / norm) filter (where kind = 'city') as cities,
			        jsonb_object_agg(name, share / norm) filter (where kind = 'country') as countries
			    from shares join (select kind, sqrt(sum(share * share)) as norm from shares group by kind) k using (kind)
			)
			select p.customer_id, round((0.15 * %6$s + 0.15 * %7$s + 0.10 * %8$s + 0.10 * %9$s + 0.10 * %10$s
			        + 0.20 * %11$s + 0.10 * %12$s
			        + 0.10 * (0.7 * coalesce((l.cities ->> p.city)::float8, 0)
			            + 0.3 * coalesce((l.countries ->> p.country)::float8, 0)))::numeric, 4)::float8 as affinity
			from profile_facts p cross join population pop cross join centre c cross join looks l
			where p.tenant_id = :tenant and not exists (select 1 from audience_segment_customers s
			    where s.tenant_id = :tenant and s.segment_id = :source and s.customer_id = p.customer_id)
			order by affinity desc, p.customer_id
			limit :size
			""";

	// Features are float8: PostgreSQL's numeric ln and exp are a hundred times slower.
	private static final String SPEND = "ln(1 + p.total_spent_cents::float8 / 100)";

	private static final String FREQUENCY = "ln(1 + p.purchase_count::float8)";

	private static final String RECENCY = "ln(1 + extract(epoch from (cast(:as_of as timestamptz) - p.last_purchase_at))::float8 / 86400)";

	private static final String PRICE = "ln(1 + p.typical_price_cents::float8 / 100)";

	private static final String ENGAGEMENT = "(p.engagement_score::float8 / 100)";

	static final String MATCHING = SQL.formatted(SPEND, FREQUENCY, RECENCY, PRICE, ENGAGEMENT, kernel(SPEND, "spend"),
			kernel(FREQUENCY, "frequency"), kernel(RECENCY, "recency"), kernel(PRICE, "price"),
			kernel(ENGAGEMENT, "engagement"), cosine("p.genre_names", "genres"), cosine("p.event_type_names", "types"));

	private LookalikeMatching() {
	}

	static Map<String, Object> params(long sourceSegmentId, long size, Instant asOf) {
		return Map.of("source", sourceSegmentId, "size", size, "as_of", asOf.atOffset(ZoneOffset.UTC));
	}

	/**
	 * {@code exp(-z²/2)} of the customer's value against the source mean, 0 where either
	 * is missing; z is capped so {@code exp} cannot underflow.
	 */
	private static String kernel(String value, String feature) {
		return "coalesce(exp(-least(0.5 * power((%s - c.%s) / greatest(pop.%s, 1e-6), 2), 50)), 0)".formatted(value,
				feature, feature);
	}

	/** The cosine of a name set against the source's normalised shares. */
	private static String cosine(String names, String shares) {
		return ("coalesce((select sum((l.%2$s ->> n)::float8) from unnest(%1$s) n), 0)"
				+ " / sqrt(greatest(cardinality(%1$s), 1))")
			.formatted(names, shares);
	}

}
