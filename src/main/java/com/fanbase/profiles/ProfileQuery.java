package com.fanbase.profiles;

import java.util.List;
import java.util.Map;

/**
 * A page of profiles: sorted by an allowed field, optionally filtered, continued by
 * offset.
 *
 * @param sort one of {@link #SORTABLE}
 * @param filters field to value (see {@link Profiles#FILTERS})
 */
public record ProfileQuery(String sort, boolean descending, Map<String, String> filters, int offset, int limit) {

	public static final List<String> SORTABLE = List.of("customer_id", "total_spent_cents", "purchase_count",
			"churn_risk", "churn_probability", "predicted_clv_cents", "engagement_score", "last_purchase_at", "p_alive",
			"expected_purchases_365d");

}
