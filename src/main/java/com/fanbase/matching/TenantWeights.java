package com.fanbase.matching;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * Which weights score a tenant's events: the seed's, unless the tenant switched learned
 * weights on and the last back-test found them better than the seed's (then the fitted
 * ones). Also what the admin and the API show: the switch, both back-test figures and
 * which weights are in use.
 */
@Component
class TenantWeights {

	private final JdbcClient jdbc;

	TenantWeights(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Weights current(TenantId tenant) {
		return this.jdbc.sql("""
				select weights from recommendation_weights
				where tenant_id = :tenant and learned_enabled and in_use = 'learned' and weights is not null
				""")
			.param("tenant", tenant.value())
			.query((rs, row) -> Weights.fromStored("learned", doubles(rs.getArray(1))))
			.optional()
			.orElse(Weights.SEED);
	}

	/** When the tenant's profiles were last built as of, if ever. */
	Optional<Instant> profilesAsOf(TenantId tenant) {
		return this.jdbc.sql("select as_of from profile_models where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	boolean learnedEnabled(TenantId tenant) {
		return this.jdbc.sql("select learned_enabled from recommendation_weights where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void enable(TenantId tenant, boolean learned) {
		this.jdbc.sql("""
				insert into recommendation_weights (tenant_id, learned_enabled) values (:tenant, :learned)
				on conflict (tenant_id) do update set learned_enabled = excluded.learned_enabled
				""").param("tenant", tenant.value()).param("learned", learned).update();
	}

	/**
	 * Records a back-test: the fitted weights are used only when they beat the seed's.
	 */
	void recordFit(TenantId tenant, WeightFitter.Fit fit) {
		this.jdbc.sql("""
				insert into recommendation_weights (tenant_id, weights, in_use, seed_ndcg, learned_ndcg,
				    backtest_cutoff, backtest_events, fitted_at, fit_error)
				values (:tenant, :weights, :in_use, :seed, :learned, :cutoff, :events, now(), :error)
				on conflict (tenant_id) do update set weights = excluded.weights, in_use = excluded.in_use,
				    seed_ndcg = excluded.seed_ndcg, learned_ndcg = excluded.learned_ndcg,
				    backtest_cutoff = excluded.backtest_cutoff, backtest_events = excluded.backtest_events,
				    fitted_at = excluded.fitted_at, fit_error = excluded.fit_error
				""")
			.param("tenant", tenant.value())
			.param("weights", fit.weights() == null ? null : fit.weights().stored())
			.param("in_use", fit.better() ? "learned" : "seed")
			.param("seed", fit.seedNdcg())
			.param("learned", fit.learnedNdcg())
			.param("cutoff", fit.cutoff() == null ? null : fit.cutoff().atOffset(java.time.ZoneOffset.UTC))
			.param("events", fit.events())
			.param("error", fit.error())
			.update();
	}

	/** The tenant's setting, the weights in use and the last back-test's figures. */
	Map<String, Object> describe(TenantId tenant) {
		Map<String, Object> row = this.jdbc.sql("select * from recommendation_weights where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(Map.of());
		Weights current = current(tenant);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("learned_enabled", Boolean.TRUE.equals(row.get("learned_enabled")));
		answer.put("in_use", current.name());
		Map<String, Object> points = new LinkedHashMap<>();
		for (Factor factor : Factor.values()) {
			points.put(factor.reason(), Math.round(10 * (current.match(factor) + current.strength(factor))) / 10.0);
		}
		answer.put("points", points);
		Map<String, Object> backtest = new LinkedHashMap<>();
		backtest.put("seed_ndcg_at_100", row.get("seed_ndcg"));
		backtest.put("learned_ndcg_at_100", row.get("learned_ndcg"));
		backtest.put("cutoff", row.get("backtest_cutoff"));
		backtest.put("events", row.get("backtest_events"));
		backtest.put("fitted_at", row.get("fitted_at"));
		backtest.put("error", row.get("fit_error"));
		answer.put("backtest", backtest);
		return answer;
	}

	static List<Double> doubles(Array array) throws SQLException {
		return Arrays.asList((Double[]) array.getArray());
	}

}
