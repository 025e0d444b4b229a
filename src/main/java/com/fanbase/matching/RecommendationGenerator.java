package com.fanbase.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.tenants.TenantId;

/**
 * Scores every customer of a tenant for one event and replaces the event's unconverted
 * recommendations with the best of them, in one transaction. Conversions are brought up
 * to date first, so a customer who bought since the last generation keeps their converted
 * row although the new scoring excludes them as a ticket holder. Generations of the same
 * event are serialised by an advisory lock.
 */
@Component
class RecommendationGenerator {

	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ConversionTracker conversions;

	private final Clock clock;

	private final TenantWeights weights;

	private final int cap;

	RecommendationGenerator(JdbcClient jdbc, TransactionTemplate transactions, ConversionTracker conversions,
			TenantWeights weights, Clock clock, @Value("${fanbase.matching.max-stored:10000}") int cap) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.conversions = conversions;
		this.clock = clock;
		this.weights = weights;
		this.cap = cap;
	}

	/** Whether the tenant has any profile yet (before the first build it has none). */
	boolean hasProfiles(TenantId tenant) {
		return this.jdbc.sql("select exists (select 1 from customer_profiles where tenant_id = :tenant)")
			.param("tenant", tenant.value())
			.query(Boolean.class)
			.single();
	}

	boolean exists(TenantId tenant, long eventId) {
		return this.jdbc.sql("select exists (select 1 from events where tenant_id = :tenant and id = :event)")
			.param("tenant", tenant.value())
			.param("event", eventId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * About how many profiles the tenant has: the planner's estimate from the table's
	 * statistics, which is close for the large tenants the synchronous limit is about and
	 * costs a millisecond where an exact count of a million profiles costs a tenth of a
	 * second or more.
	 */
	long profileEstimate(TenantId tenant) {
		String plan = this.jdbc.sql("explain (format json) select 1 from customer_profiles where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(String.class)
			.single();
		Matcher rows = PLAN_ROWS.matcher(plan);
		return rows.find() ? Long.parseLong(rows.group(1)) : 0;
	}

	/**
	 * Ranks the tenant's customers for the event (a read the database may scan in
	 * parallel), then stores the factors of the best.
	 */
	private long store(TenantId tenant, long eventId, Instant now, Weights weights) {
		Map<String, Object> params = eventParams(this.jdbc, tenant, eventId);
		params.put("cap", this.cap);
		params.put("as_of", now.atOffset(ZoneOffset.UTC));
		ScoringSql scoring = new ScoringSql(genreCount(params), "customer_profiles", weights);
		List<Long> best = this.jdbc.sql(scoring.rank()).params(params).query((rs, row) -> rs.getLong(1)).list();
		params.put("ids", best.toArray(Long[]::new));
		params.put("now", now.atOffset(ZoneOffset.UTC));
		return this.jdbc.sql(scoring.store()).params(params).query(Long.class).single();
	}

	static int genreCount(Map<String, Object> params) {
		int genres = 0;
		while (params.containsKey("genre" + genres)) {
			genres++;
		}
		return genres;
	}

	/** The event's facts as the parameters of {@link ScoringSql}. */
	static Map<String, Object> eventParams(JdbcClient jdbc, TenantId tenant, long eventId) {
		Map<String, Object> event = jdbc.sql(ScoringSql.EVENT)
			.param("tenant", tenant.value())
			.param("event", eventId)
			.query()
			.singleRow();
		String[] genres = strings(event.get("genres"));
		Map<String, Object> params = new HashMap<>();
		params.put("tenant", tenant.value());
		params.put("event", eventId);
		params.put("event_type", event.get("event_type"));
		params.put("artists", strings(event.get("artists")));
		for (String fact : List.of("city", "country", "price_lo", "price_hi")) {
			params.put(fact, event.get(fact));
		}
		for (int i = 0; i < genres.length; i++) {
			params.put("genre" + i, genres[i]);
		}
		return params;
	}

	private static String[] strings(Object array) {
		try {
			return (String[]) ((java.sql.Array) array).getArray();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not read an event's list", ex);
		}
	}

	Generation generate(TenantId tenant, long eventId) {
		return generate(tenant, eventId, null);
	}

	/** A generation with the given weights ({@code null}: the tenant's current ones). */
	Generation generate(TenantId tenant, long eventId, Weights given) {
		if (!exists(tenant, eventId)) {
			throw new EventNotFoundException(eventId);
		}
		return this.transactions.execute((status) -> {
			long started = System.nanoTime();
			Instant now = this.clock.instant();
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('event_recommendations'), hashtext(:key))")
				.param("key", tenant.value() + ":" + eventId)
				.query()
				.listOfRows();
			this.conversions.markForEvent(tenant, eventId);
			Weights weights = (given != null) ? given : this.weights.current(tenant);
			long stored = store(tenant, eventId, now, weights);
			long ms = (System.nanoTime() - started) / 1_000_000;
			this.jdbc
				.sql("""
						insert into event_recommendation_runs (tenant_id, event_id, generated_at, stored, duration_ms, weights,
						    profiles_as_of, profiles)
						select :tenant, :event, :now, :stored, :ms, :weights, m.as_of, m.customers
						from (select 1) one left join profile_models m on m.tenant_id = :tenant
						on conflict (tenant_id, event_id) do update set generated_at = excluded.generated_at,
						    stored = excluded.stored, duration_ms = excluded.duration_ms, weights = excluded.weights,
						    profiles_as_of = excluded.profiles_as_of, profiles = excluded.profiles
						""")
				.param("weights", weights.name())
				.param("tenant", tenant.value())
				.param("event", eventId)
				.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.param("stored", stored)
				.param("ms", ms)
				.update();
			return new Generation(eventId, stored, ms, now);
		});
	}

}
