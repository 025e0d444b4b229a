package com.fanbase.profiles;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.profiles.model.BgNbdFit;
import com.fanbase.profiles.model.BgNbdFitter;
import com.fanbase.profiles.model.BgNbdParameters;
import com.fanbase.profiles.model.ChurnBacktest;
import com.fanbase.profiles.model.ChurnCandidate;
import com.fanbase.profiles.model.ChurnModel;
import com.fanbase.profiles.model.MbgNbdFitter;
import com.fanbase.profiles.model.GammaGammaFit;
import com.fanbase.profiles.model.GammaGammaFitter;
import com.fanbase.profiles.model.GammaGammaParameters;
import com.fanbase.profiles.model.HeuristicChurn;
import com.fanbase.profiles.model.SpendHistory;
import com.fanbase.profiles.model.WeightedHistory;
import com.fanbase.tenants.TenantId;

/**
 * Fits a tenant's model on its profiles' sufficient statistics (repeat transactions,
 * recency and age, grouped so that identical histories count once with a weight), stores
 * it, and loads it back for scoring. Where there is history enough for a back-test
 * ({@link ChurnBacktester}), it also picks the churn model that drives churn risk; where
 * there is not, the heuristic stays.
 */
@Component
class ProfileModeler {

	/**
	 * Below this many repeat buyers the BG/NBD fit is not trusted and the heuristic is
	 * used.
	 */
	static final int MIN_REPEAT_BUYERS = 500;

	private static final Logger log = LoggerFactory.getLogger(ProfileModeler.class);

	private static final String GROUPS = """
			select repeat_transactions as x, recency_days as tx, age_days as t, count(*) as n
			from customer_profiles where tenant_id = :tenant and purchase_count > 0 and age_days is not null
			group by 1, 2, 3
			""";

	private static final String SPEND = """
			select repeat_transactions, mean_repeat_value_cents from customer_profiles
			where tenant_id = :tenant and repeat_transactions > 0 and mean_repeat_value_cents > 0
			""";

	private static final String SAVE = """
			insert into profile_models (tenant_id, model, r, alpha, a, b, log_likelihood, gg_p, gg_q, gg_v,
			    gg_log_likelihood, heuristic_rate, spend_reference, population_spend, time_unit, as_of, customers, repeat_buyers, fitted_at,
			    churn_model, churn, backtest)
			values (:tenant, :model, :r, :alpha, :a, :b, :ll, :p, :q, :v, :gg_ll, :rate, :spend_reference, :population_spend, 'week', :as_of, :customers,
			    :repeat_buyers, :now, :churn_model, cast(:churn as jsonb), cast(:backtest as jsonb))
			on conflict (tenant_id) do update set model = excluded.model, r = excluded.r, alpha = excluded.alpha,
			    a = excluded.a, b = excluded.b, log_likelihood = excluded.log_likelihood, gg_p = excluded.gg_p,
			    gg_q = excluded.gg_q, gg_v = excluded.gg_v, gg_log_likelihood = excluded.gg_log_likelihood,
			    heuristic_rate = excluded.heuristic_rate, spend_reference = excluded.spend_reference,
			    population_spend = excluded.population_spend,
			    as_of = excluded.as_of, customers = excluded.customers, repeat_buyers = excluded.repeat_buyers,
			    fitted_at = excluded.fitted_at, churn_model = excluded.churn_model, churn = excluded.churn,
			    backtest = excluded.backtest
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ChurnBacktester backtester;

	ProfileModeler(JdbcClient jdbc, Clock clock, ChurnBacktester backtester) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.backtester = backtester;
	}

	TenantModel fit(TenantId tenant, Instant asOf, double spendReference) {
		List<WeightedHistory> groups = this.jdbc.sql(GROUPS)
			.param("tenant", tenant.value())
			.query((rs, row) -> WeightedHistory.of(rs.getDouble("x"), rs.getDouble("tx") / TenantModel.DAYS_PER_WEEK,
					rs.getDouble("t") / TenantModel.DAYS_PER_WEEK, rs.getLong("n")))
			.list();
		long customers = groups.stream().mapToLong(WeightedHistory::count).sum();
		long repeatBuyers = groups.stream().filter((g) -> g.history().x() > 0).mapToLong(WeightedHistory::count).sum();
		double populationSpend = populationSpend(tenant);
		Optional<ChurnBacktest.Result> backtest = (repeatBuyers >= MIN_REPEAT_BUYERS)
				? this.backtester.run(tenant, asOf) : Optional.empty();
		Fit fit = backtest.isPresent() ? fitBgNbd(tenant, groups, populationSpend, backtest.get(), asOf)
				: heuristic(groups, populationSpend);
		save(tenant, fit, asOf, new Population(customers, repeatBuyers, spendReference, populationSpend));
		return fit.model();
	}

	/** The spend scale stored with the model, for refreshes between rebuilds. */
	double spendReference(TenantId tenant) {
		return this.jdbc.sql("select spend_reference from profile_models where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(Double.class)
			.optional()
			.orElse(1.0);
	}

	Optional<TenantModel> load(TenantId tenant) {
		return this.jdbc.sql("select * from profile_models where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query((rs, row) -> "bgnbd".equals(rs.getString("model")) ? fitted(rs)
					: (TenantModel) new TenantModel.Heuristic(new HeuristicChurn(rs.getDouble("heuristic_rate")),
							rs.getDouble("population_spend")))
			.optional();
	}

	private static TenantModel fitted(java.sql.ResultSet rs) throws java.sql.SQLException {
		BgNbdParameters bg = new BgNbdParameters(rs.getDouble("r"), rs.getDouble("alpha"), rs.getDouble("a"),
				rs.getDouble("b"));
		String churn = rs.getString("churn");
		// A fit stored before the back-test existed: churn from the BG/NBD alone.
		ChurnModel model = (churn != null) ? ChurnModelJson.read(churn, bg) : new ChurnModel(ChurnCandidate.BGNBD,
				ChurnCandidate.BGNBD, ChurnCandidate.BGNBD, bg, null, null, null, null, ChurnBacktester.HORIZON_DAYS);
		return new TenantModel.Fitted(bg, (rs.getObject("gg_p") != null)
				? new GammaGammaParameters(rs.getDouble("gg_p"), rs.getDouble("gg_q"), rs.getDouble("gg_v")) : null,
				rs.getDouble("population_spend"), model);
	}

	private Fit fitBgNbd(TenantId tenant, List<WeightedHistory> groups, double populationSpend,
			ChurnBacktest.Result backtest, Instant asOf) {
		BgNbdFit bgNbd = new BgNbdFitter().fit(groups);
		BgNbdFit mbgNbd = new MbgNbdFitter().fit(groups);
		ChurnModel churn = backtest.model(bgNbd.parameters(), mbgNbd.parameters(), ChurnBacktester.HORIZON_DAYS);
		List<SpendHistory> spend = new ArrayList<>();
		this.jdbc.sql(SPEND).param("tenant", tenant.value()).query((rs) -> {
			spend.add(new SpendHistory(rs.getInt(1), rs.getDouble(2)));
		});
		GammaGammaFit gammaGamma = null;
		try {
			gammaGamma = spend.isEmpty() ? null : new GammaGammaFitter().fit(spend);
		}
		catch (RuntimeException ex) {
			log.warn("Gamma-Gamma fit failed for tenant {}; spend falls back to observed means", tenant, ex);
		}
		if (gammaGamma != null && gammaGamma.parameters().q() <= 1) {
			gammaGamma = null;
		}
		return new Fit(
				new TenantModel.Fitted(bgNbd.parameters(), (gammaGamma != null) ? gammaGamma.parameters() : null,
						populationSpend, churn),
				bgNbd, gammaGamma, ChurnModelJson.write(churn),
				ChurnModelJson.report(backtest, ChurnBacktester.cutoff(asOf), ChurnBacktester.HORIZON_DAYS));
	}

	private static Fit heuristic(List<WeightedHistory> groups, double populationSpend) {
		return new Fit(new TenantModel.Heuristic(HeuristicChurn.fromPopulation(groups), populationSpend), null, null,
				null, null);
	}

	private double populationSpend(TenantId tenant) {
		Double mean = this.jdbc
			.sql("""
					select avg(avg_order_cents)::float8 from customer_profiles where tenant_id = :tenant and purchase_count > 0
					""")
			.param("tenant", tenant.value())
			.query(Double.class)
			.optional()
			.orElse(null);
		return (mean != null) ? mean : 0;
	}

	private void save(TenantId tenant, Fit fit, Instant asOf, Population population) {
		BgNbdParameters bg = (fit.bgNbd() != null) ? fit.bgNbd().parameters() : null;
		GammaGammaParameters gg = (fit.gammaGamma() != null) ? fit.gammaGamma().parameters() : null;
		Double heuristicRate = (fit.model() instanceof TenantModel.Heuristic h) ? h.churn().populationRate() : null;
		this.jdbc.sql(SAVE)
			.param("tenant", tenant.value())
			.param("model", fit.model().name())
			.param("r", (bg != null) ? bg.r() : null)
			.param("alpha", (bg != null) ? bg.alpha() : null)
			.param("a", (bg != null) ? bg.a() : null)
			.param("b", (bg != null) ? bg.b() : null)
			.param("ll", (fit.bgNbd() != null) ? fit.bgNbd().logLikelihood() : null)
			.param("p", (gg != null) ? gg.p() : null)
			.param("q", (gg != null) ? gg.q() : null)
			.param("v", (gg != null) ? gg.v() : null)
			.param("gg_ll", (fit.gammaGamma() != null) ? fit.gammaGamma().logLikelihood() : null)
			.param("rate", heuristicRate)
			.param("spend_reference", population.spendReference())
			.param("population_spend", population.spend())
			.param("as_of", ProfileBuilder.utc(asOf))
			.param("customers", population.customers())
			.param("repeat_buyers", population.repeatBuyers())
			.param("now", OffsetDateTime.now(this.clock))
			.param("churn_model", fit.model().churnModel(1))
			.param("churn", fit.churn())
			.param("backtest", fit.backtest())
			.update();
	}

	private record Fit(TenantModel model, BgNbdFit bgNbd, GammaGammaFit gammaGamma, String churn, String backtest) {
	}

	/** What is stored about the tenant's buyers beside the fit. */
	private record Population(long customers, long repeatBuyers, double spendReference, double spend) {
	}

}
