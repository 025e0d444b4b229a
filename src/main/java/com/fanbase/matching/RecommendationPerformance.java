package com.fanbase.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.database.JsonRows;
import com.fanbase.tenants.TenantId;

/**
 * How an event's recommendations did: recommended, converted and the conversion rate in
 * bands of ten points (90–100, 80–89, …, 1–9) and overall, and the revenue the converted
 * customers brought, in the event's currency.
 */
@Component
class RecommendationPerformance {

	private static final String BANDS = """
			select least(score / 10, 9) as band, count(*) as recommended, count(converted_at) as converted,
			    coalesce(sum(revenue_cents), 0) as revenue
			from event_recommendations where tenant_id = :tenant and event_id = :event
			group by 1
			""";

	private final JdbcClient jdbc;

	RecommendationPerformance(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Object> of(TenantId tenant, long eventId) {
		long[][] totals = new long[10][3];
		this.jdbc.sql(BANDS).param("tenant", tenant.value()).param("event", eventId).query((rs) -> {
			int band = rs.getInt("band");
			totals[band][0] = rs.getLong("recommended");
			totals[band][1] = rs.getLong("converted");
			totals[band][2] = rs.getLong("revenue");
		});
		Map<String, Object> run = this.jdbc.sql("""
				select e.currency, r.generated_at, r.profiles_as_of, r.profiles, r.weights,
				    exists (select 1 from event_recommendation_requests q
				            where q.tenant_id = e.tenant_id and q.event_id = e.id) as queued
				from events e
				left join event_recommendation_runs r on r.tenant_id = e.tenant_id and r.event_id = e.id
				where e.tenant_id = :tenant and e.id = :event
				""").param("tenant", tenant.value()).param("event", eventId).query(JsonRows::map).single();
		List<Map<String, Object>> bands = new ArrayList<>();
		long[] all = new long[3];
		for (int band = 9; band >= 0; band--) {
			int low = (band == 0) ? 1 : band * 10;
			int high = (band == 9) ? 100 : band * 10 + 9;
			Map<String, Object> row = figures(totals[band]);
			Map<String, Object> named = new LinkedHashMap<>();
			named.put("band", low + "-" + high);
			named.put("min_score", low);
			named.put("max_score", high);
			named.putAll(row);
			bands.add(named);
			for (int i = 0; i < 3; i++) {
				all[i] += totals[band][i];
			}
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("event_id", eventId);
		answer.put("generated_at", run.get("generated_at"));
		// what the list was made from, and whether a newer one is on its way
		answer.put("profiles_as_of", run.get("profiles_as_of"));
		answer.put("profiles", run.get("profiles"));
		answer.put("weights", run.get("weights"));
		answer.put("regeneration_queued", run.get("queued"));
		answer.putAll(figures(all));
		answer.put("currency", run.get("currency"));
		answer.put("bands", bands);
		return answer;
	}

	private static Map<String, Object> figures(long[] totals) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("recommended", totals[0]);
		figures.put("converted", totals[1]);
		figures.put("conversion_rate", (totals[0] == 0) ? 0.0 : Math.round(10000.0 * totals[1] / totals[0]) / 10000.0);
		figures.put("revenue_cents", totals[2]);
		return figures;
	}

}
