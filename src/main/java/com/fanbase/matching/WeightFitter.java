package com.fanbase.matching;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fanbase.tenants.TenantId;

/**
 * Fits a tenant's factor weights by a temporal back-test on its own conversions. The
 * cutoff leaves the last fifth of the tenant's paid orders after it; profiles are rebuilt
 * as of the cutoff from the orders before it (a temporary table with the columns scoring
 * reads: genres and types ordered by how often they were bought, per-ticket price range,
 * city and country, and today's engagement score), and the events that went on sale after
 * the cutoff are the back-test's events. The earlier half of them trains a logistic
 * regression ({@link LogisticFit}) on the grades of their buyers and of the customers the
 * seed's weights rank highest plus a random sample (the negatives a ranking must pass);
 * the later half ranks every customer with the seed's and with the fitted weights and
 * compares NDCG@100 against who bought. The fitted weights are used only when they win.
 */
@Component
class WeightFitter {

	static final int MAX_EVENTS = 120;

	static final int MIN_EVENTS = 6;

	private static final int NEGATIVES = 300;

	private static final int K = 100;

	private static final String CUTOFF = """
			select percentile_disc(0.8) within group (order by placed_at) from orders
			where tenant_id = :tenant and status = 'paid' and placed_at <= :as_of
			""";

	private static final String EVENTS = """
			select event_id, first_at from (
			    select o.event_id, min(o.placed_at) as first_at from orders o
			    where o.tenant_id = :tenant and o.status = 'paid' and o.placed_at <= :as_of
			    group by o.event_id) f
			where first_at > :cutoff
			order by first_at desc, event_id limit :max
			""";

	private static final String PROFILES = """
			create temporary table backtest_profiles on commit drop as
			with paid as (
			    select o.customer_id, o.total_cents / greatest(o.tickets, 1) as per_ticket, o.placed_at, e.genres,
			        e.event_type, e.artists
			    from orders o join events e on e.tenant_id = o.tenant_id and e.id = o.event_id
			    where o.tenant_id = :tenant and o.status = 'paid' and o.placed_at <= :cutoff
			), metrics as (
			    select customer_id, count(*) as n, max(placed_at) as last_at, min(per_ticket) as lo,
			        max(per_ticket) as hi
			    from paid group by customer_id
			), genres as (
			    select customer_id, array_agg(name order by n desc, name) as names
			    from (select customer_id, unnest(genres) as name, count(*) as n from paid group by 1, 2) g
			    group by customer_id
			), types as (
			    select customer_id, array_agg(event_type order by n desc, event_type) as names
			    from (select customer_id, event_type, count(*) as n from paid where event_type is not null
			          group by 1, 2) t
			    group by customer_id
			), artists as (
			    select customer_id, array_agg(distinct artist) as names from paid, unnest(artists) as artist
			    group by customer_id
			)
			select c.tenant_id, c.id as customer_id, coalesce(g.names, '{}') as genre_names,
			    coalesce(a.names, '{}') as artists,
			    coalesce(t.names, '{}') as event_type_names, m.lo as price_min_cents, m.hi as price_max_cents,
			    c.city, c.country, coalesce(p.engagement_score, 0) as engagement_score,
			    cast(null as float8) as expected_purchases_365d, m.last_at as last_purchase_at,
			    coalesce(m.n, 0) as purchase_count
			from customers c
			left join metrics m on m.customer_id = c.id
			left join genres g on g.customer_id = c.id
			left join types t on t.customer_id = c.id
			left join artists a on a.customer_id = c.id
			left join customer_profiles p on p.tenant_id = c.tenant_id and p.customer_id = c.id
			where c.tenant_id = :tenant
			""";

	private static final String BUYERS = """
			select distinct customer_id from orders
			where tenant_id = :tenant and event_id = :event and status = 'paid' and placed_at <= :as_of
			""";

	private static final String SAMPLE = """
			select customer_id from backtest_profiles order by md5(customer_id || ':' || :event) limit :n
			""";

	/** The outcome of a back-test; {@code error} says why there is none. */
	record Fit(Weights weights, Double seedNdcg, Double learnedNdcg, Instant cutoff, Integer events, String error) {

		boolean better() {
			return this.weights != null && this.learnedNdcg != null && this.seedNdcg != null
					&& this.learnedNdcg > this.seedNdcg;
		}

		static Fit failed(Instant cutoff, Integer events, String error) {
			return new Fit(null, null, null, cutoff, events, error);
		}

	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	WeightFitter(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Back-tests the tenant's history up to {@code asOf}. */
	Fit fit(TenantId tenant, Instant asOf) {
		OffsetDateTime until = asOf.atOffset(ZoneOffset.UTC);
		OffsetDateTime cutoff = this.jdbc.sql(CUTOFF)
			.param("tenant", tenant.value())
			.param("as_of", until)
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		if (cutoff == null) {
			return Fit.failed(null, 0, "no paid orders to learn from");
		}
		List<Long> events = this.jdbc.sql(EVENTS)
			.param("tenant", tenant.value())
			.param("as_of", until)
			.param("cutoff", cutoff)
			.param("max", MAX_EVENTS)
			.query((rs, row) -> rs.getLong(1))
			.list()
			.reversed();
		if (events.size() < MIN_EVENTS) {
			return Fit.failed(cutoff.toInstant(), events.size(), "only " + events.size()
					+ " events went on sale after the back-test's cutoff; " + MIN_EVENTS + " are needed");
		}
		return this.transactions.execute((status) -> {
			this.jdbc.sql(PROFILES).param("tenant", tenant.value()).param("cutoff", cutoff).update();
			this.jdbc.sql("analyze backtest_profiles").update();
			Backtest backtest = new Backtest(tenant, cutoff, until);
			List<Long> training = events.subList(0, events.size() / 2);
			List<Long> evaluation = events.subList(events.size() / 2, events.size());
			List<double[]> rows = new ArrayList<>();
			List<Boolean> labels = new ArrayList<>();
			for (long event : training) {
				backtest.sample(event, rows, labels);
			}
			double[][] x = rows.toArray(double[][]::new);
			boolean[] y = new boolean[labels.size()];
			for (int i = 0; i < y.length; i++) {
				y[i] = labels.get(i);
			}
			Weights learned = Weights.scaled("learned", LogisticFit.fit(x, y, Weights.SEED.vector()));
			double seed = backtest.ndcg(evaluation, Weights.SEED);
			double fitted = backtest.ndcg(evaluation, learned);
			return new Fit(learned, seed, fitted, cutoff.toInstant(), events.size(), null);
		});
	}

	/** The back-test's queries, inside the transaction that holds its profiles. */
	private final class Backtest {

		private final TenantId tenant;

		private final OffsetDateTime cutoff;

		private final OffsetDateTime until;

		Backtest(TenantId tenant, OffsetDateTime cutoff, OffsetDateTime until) {
			this.tenant = tenant;
			this.cutoff = cutoff;
			this.until = until;
		}

		private Map<String, Object> params(long event, int cap) {
			Map<String, Object> params = RecommendationGenerator.eventParams(WeightFitter.this.jdbc, this.tenant,
					event);
			params.put("as_of", this.cutoff);
			params.put("cap", cap);
			return params;
		}

		private Set<Long> buyers(long event) {
			return new HashSet<>(WeightFitter.this.jdbc.sql(BUYERS)
				.param("tenant", this.tenant.value())
				.param("event", event)
				.param("as_of", this.until)
				.query(Long.class)
				.list());
		}

		private List<Long> ranking(long event, Weights weights, int cap) {
			Map<String, Object> params = params(event, cap);
			ScoringSql scoring = new ScoringSql(RecommendationGenerator.genreCount(params), "backtest_profiles",
					weights);
			return WeightFitter.this.jdbc.sql(scoring.rank()).params(params).query((rs, row) -> rs.getLong(1)).list();
		}

		void sample(long event, List<double[]> rows, List<Boolean> labels) {
			Set<Long> buyers = buyers(event);
			Set<Long> candidates = new LinkedHashSet<>(buyers);
			candidates.addAll(ranking(event, Weights.SEED, NEGATIVES));
			candidates.addAll(WeightFitter.this.jdbc.sql(SAMPLE)
				.param("event", Long.toString(event))
				.param("n", NEGATIVES)
				.query(Long.class)
				.list());
			Map<String, Object> params = params(event, 0);
			params.put("ids", candidates.toArray(Long[]::new));
			ScoringSql scoring = new ScoringSql(RecommendationGenerator.genreCount(params), "backtest_profiles",
					Weights.SEED);
			WeightFitter.this.jdbc.sql(scoring.grades()).params(params).query((rs, row) -> {
				double[] grades = new double[2 * Factor.values().length];
				for (int j = 0; j < grades.length; j++) {
					grades[j] = rs.getDouble(j + 2);
				}
				rows.add(grades);
				labels.add(buyers.contains(rs.getLong(1)));
				return null;
			}).list();
		}

		double ndcg(List<Long> events, Weights weights) {
			double sum = 0;
			for (long event : events) {
				sum += WeightFitter.ndcg(ranking(event, weights, K), buyers(event), K);
			}
			return sum / events.size();
		}

	}

	static double ndcg(List<Long> ranking, Set<Long> buyers, int k) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranking.size()); i++) {
			if (buyers.contains(ranking.get(i))) {
				dcg += 1 / Math.log1p(i + 1);
			}
		}
		double ideal = 0;
		for (int i = 0; i < Math.min(k, buyers.size()); i++) {
			ideal += 1 / Math.log1p(i + 1);
		}
		return (ideal == 0) ? 0 : dcg / ideal;
	}

}
