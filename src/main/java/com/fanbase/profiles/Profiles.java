package com.fanbase.profiles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	/** Filters a list may take, with the SQL condition each binds {@code :value} into. */
	public static final Map<String, String> FILTERS = Map.of("city", "lower(p.city) = lower(:value)", "country",
			"p.country = upper(:value)", "genre", "p.genre_names @> array[lower(:value)]", "event_type",
			"p.event_type_names @> array[lower(:value)]", "min_churn_risk", "p.churn_risk >= cast(:value as int)",
			"min_purchases", "p.purchase_count >= cast(:value as int)", "min_engagement",
			"p.engagement_score >= cast(:value as int)", "churn_model", "p.churn_model = :value");

	private static final String SELECT = """
			select p.*, c.email, (p.as_of at time zone 'UTC')::date - (p.last_purchase_at at time zone 'UTC')::date
			    as days_since_last_purchase
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

	public Optional<Map<String, Object>> model(TenantId tenant) {
		return this.jdbc.sql("""
				select model, r, alpha, a, b, log_likelihood, gg_p as p, gg_q as q, gg_v as v,
				    gg_log_likelihood as gamma_gamma_log_likelihood, heuristic_rate, time_unit, as_of, customers,
				    repeat_buyers, fitted_at
				from profile_models where tenant_id = :tenant
				""").param("tenant", tenant.value()).query(JsonRows::map).optional();
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
				"churn_risk", "expected_purchases_90d", "expected_purchases_365d", "predicted_clv_cents",
				"churn_model")) {
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
