package com.fanbase.profiles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.database.JsonRows;
import com.fanbase.tenants.TenantId;

/**
 * Reads profiles and the tenant's fitted model. Sort fields and filters come from
 * allow-lists; values are always bound.
 */
@Component
public class Profiles {

	/**
	 * A customer id, or part of an email address or name (case-insensitive; no
	 * wildcards).
	 */
	private static final String SEARCH = """
			(cast(p.customer_id as text) = btrim(:value) or strpos(lower(c.email), lower(btrim(:value))) > 0
			    or strpos(lower(concat_ws(' ', c.first_name, c.last_name)), lower(btrim(:value))) > 0)""";

	/** Filters a list may take, with the SQL condition each binds {@code :value} into. */
	public static final Map<String, String> FILTERS = Map.of("city", "lower(p.city) = lower(:value)", "country",
			"p.country = upper(:value)", "genre", "p.genre_names @> array[lower(:value)]", "event_type",
			"p.event_type_names @> array[lower(:value)]", "min_churn_risk", "p.churn_risk >= cast(:value as int)",
			"min_purchases", "p.purchase_count >= cast(:value as int)", "min_engagement",
			"p.engagement_score >= cast(:value as int)", "churn_model", "p.churn_model = :value", "search", SEARCH);

	private static final String SELECT = """
			select p.*, c.email, (p.as_of at time zone 'UTC')::date - (p.last_purchase_at at time zone 'UTC')::date
			    as days_since_last_purchase
			from customer_profiles p join customers c on c.tenant_id = p.tenant_id and c.id = p.customer_id
			where p.tenant_id = :tenant
			""";

	private static final String SUMMARY = """
			select count(*) as profiles, count(*) filter (where c.created_at >= :since) as new_customers,
			    count(*) filter (where p.churn_risk < 25) as "0-24",
			    count(*) filter (where p.churn_risk between 25 and 49) as "25-49",
			    count(*) filter (where p.churn_risk between 50 and 74) as "50-74",
			    count(*) filter (where p.churn_risk >= 75) as "75-100",
			    count(*) filter (where p.churn_risk is null) as "none", max(p.as_of) as as_of
			from customer_profiles p join customers c on c.tenant_id = p.tenant_id and c.id = p.customer_id
			where p.tenant_id = :tenant
			""";

	private final JdbcClient jdbc;

	Profiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Map<String, Object>> find(TenantId tenant, long customerId) {
		return this.jdbc.sql(SELECT + " and p.customer_id = :customer")
			.param("tenant", tenant.value())
			.param("customer", customerId)
			.query(Profiles::map)
			.optional();
	}

	public List<Map<String, Object>> list(TenantId tenant, ProfileQuery query) {
		StringBuilder sql = new StringBuilder(SELECT);
		Map<String, Object> params = new LinkedHashMap<>();
		int i = 0;
		for (Map.Entry<String, String> filter : query.filters().entrySet()) {
			String name = "value" + i++;
			sql.append(" and ").append(FILTERS.get(filter.getKey()).replace(":value", ":" + name));
			params.put(name, filter.getValue());
		}
		sql.append(" order by p.")
			.append(query.sort())
			.append(query.descending() ? " desc nulls last" : " asc nulls last");
		sql.append(", p.customer_id limit :limit offset :offset");
		return this.jdbc.sql(sql.toString())
			.params(params)
			.param("tenant", tenant.value())
			.param("limit", query.limit())
			.param("offset", query.offset())
			.query(Profiles::map)
			.list();
	}

	/**
	 * How many profiles the tenant has, how many of their customers are new since
	 * {@code since}, and how churn risk spreads over them.
	 */
	public ProfileSummary summary(TenantId tenant, Instant since) {
		return this.jdbc.sql(SUMMARY)
			.param("tenant", tenant.value())
			.param("since", since.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> {
				Map<String, Long> bands = new LinkedHashMap<>();
				for (String band : List.of("0-24", "25-49", "50-74", "75-100", "none")) {
					bands.put(band, rs.getLong(band));
				}
				return new ProfileSummary(rs.getLong("profiles"), rs.getLong("new_customers"), bands,
						JsonRows.instant(rs, "as_of"));
			})
			.single();
	}

	public Optional<Map<String, Object>> model(TenantId tenant) {
		return this.jdbc.sql("""
				select model, r, alpha, a, b, log_likelihood, gg_p as p, gg_q as q, gg_v as v,
				    gg_log_likelihood as gamma_gamma_log_likelihood, heuristic_rate, time_unit, as_of, customers,
				    repeat_buyers, fitted_at, coalesce(churn_model, model) as churn_model, backtest
				from profile_models where tenant_id = :tenant
				""").param("tenant", tenant.value()).query(JsonRows::map).optional().map(Profiles::explained);
	}

	/**
	 * The model with the sentence on what drives churn risk and what each figure means.
	 */
	private static Map<String, Object> explained(Map<String, Object> model) {
		Map<String, Object> answer = new LinkedHashMap<>(model);
		String churnModel = (String) model.get("churn_model");
		Double auc = null;
		Double recencyAuc = null;
		String oneTime = churnModel;
		if (model.get("backtest") instanceof JsonNode backtest && backtest.isObject()) {
			recencyAuc = backtest.path("recency_auc").asDouble();
			auc = backtest.path("chosen_auc").asDouble();
			oneTime = backtest.path("chosen_one_time_buyers").asString(churnModel);
		}
		answer.put("churn_model_one_time_buyers", oneTime);
		answer.put("churn_horizon_days", ChurnBacktester.HORIZON_DAYS);
		answer.put("churn_note", ("bgnbd".equals(churnModel) && recencyAuc == null)
				? "Churn risk is the BG/NBD's probability of no purchase in the next 180 days (fitted before back-tests)."
				: ChurnModelJson.note(churnModel, oneTime, auc, recencyAuc, ChurnBacktester.HORIZON_DAYS));
		answer.put("explanations", EXPLANATIONS);
		return answer;
	}

	/**
	 * Each figure of a profile and of the back-test in a sentence a marketer understands.
	 */
	public static final Map<String, String> EXPLANATIONS = explanations();

	private static Map<String, String> explanations() {
		Map<String, String> words = new LinkedHashMap<>();
		words.put("churn_probability", "Probability this customer buys nothing in the next 180 days.");
		words.put("churn_risk", "The same probability in whole percent (0 to 100).");
		words.put("p_alive", "The BG/NBD's chance that the customer has not stopped buying for good.");
		words.put("expected_purchases_90d", "How many purchases (days with an order) to expect in the next 90 days.");
		words.put("expected_purchases_365d", "How many purchases to expect in the next 365 days.");
		words.put("predicted_clv_cents", "Revenue to expect from the customer in the next 365 days.");
		words.put("auc", "Back-test: the chance that a customer who did not buy again in the 180 days ranked above "
				+ "one who did (0.5 is guessing, 1 is perfect).");
		words.put("recency_auc", "Back-test: the same for plain days since the last purchase, the baseline to beat.");
		words.put("auc_one_time_buyers", "Back-test: the AUC among customers who had bought only once.");
		words.put("bands", "Back-test: customers grouped by the purchases predicted for the 180 days, with the "
				+ "average predicted and the average they made.");
		words.put("spearman", "Back-test: how well the order of expected purchases matched the order of purchases "
				+ "made (1 is the same order).");
		return java.util.Collections.unmodifiableMap(words);
	}

	private static Map<String, Object> map(ResultSet rs, int row) throws SQLException {
		Map<String, Object> columns = JsonRows.map(rs, row);
		Map<String, Object> profile = new LinkedHashMap<>();
		for (String field : List.of("customer_id", "email", "purchase_count", "total_spent_cents", "avg_order_cents",
				"tickets_bought", "first_purchase_at", "last_purchase_at", "days_since_last_purchase",
				"events_attended")) {
			profile.put(field, columns.get(field));
		}
		profile.put("genres", columns.get("genres"));
		profile.put("event_types", columns.get("event_types"));
		profile.put("artists", columns.get("artists"));
		Map<String, Object> price = new LinkedHashMap<>();
		price.put("min_cents", columns.get("price_min_cents"));
		price.put("max_cents", columns.get("price_max_cents"));
		profile.put("price_range", price);
		for (String field : List.of("preferred_days", "city", "country", "age", "engagement_score", "p_alive",
				"churn_risk", "churn_probability", "expected_purchases_90d", "expected_purchases_365d",
				"predicted_clv_cents", "churn_model")) {
			profile.put(field, columns.get(field));
		}
		Map<String, Object> activity = new LinkedHashMap<>();
		for (String field : List.of("recent_views", "recent_cart_adds", "recent_email_clicks", "watchlist_count")) {
			activity.put(field, columns.get(field));
		}
		profile.put("activity_30d", activity);
		profile.put("as_of", columns.get("as_of"));
		profile.put("updated_at", columns.get("updated_at"));
		return profile;
	}

}
