package com.fanbase.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * Reads an event's stored recommendations in the seed's shape: best first, ties broken by
 * customer id, each customer with the factors that contributed (largest first, a factor
 * worth nothing left out). Customers who have converted hold a ticket and are no longer
 * recommended.
 */
@Component
class Recommendations {

	private static final String LIST = """
			select r.*, c.email from event_recommendations r
			join customers c on c.tenant_id = r.tenant_id and c.id = r.customer_id
			where r.tenant_id = :tenant and r.event_id = :event and r.converted_at is null and r.score >= :min
			order by r.score desc, r.customer_id
			limit :limit
			""";

	private final JdbcClient jdbc;

	Recommendations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Object> list(TenantId tenant, long eventId, int limit, int minScore) {
		List<Recommended> customers = this.jdbc.sql(LIST)
			.param("tenant", tenant.value())
			.param("event", eventId)
			.param("min", minScore)
			.param("limit", limit)
			.query(Recommendations::customer)
			.list();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("event_id", eventId);
		answer.put("count", customers.size());
		answer.put("customers", customers);
		return answer;
	}

	/** The best customers with at least the score, as (customer id, score) pairs. */
	List<long[]> atLeast(TenantId tenant, long eventId, int minScore) {
		return this.jdbc.sql("""
				select customer_id, score from event_recommendations
				where tenant_id = :tenant and event_id = :event and converted_at is null and score >= :min
				order by score desc, customer_id
				""")
			.param("tenant", tenant.value())
			.param("event", eventId)
			.param("min", minScore)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	/**
	 * One recommended customer in the seed's shape; the email is written even when the
	 * customer has none, so the shape never changes.
	 */
	record Recommended(long customerId, @JsonInclude(JsonInclude.Include.ALWAYS) String email, int score,
			List<Reason> reasons) {
	}

	record Reason(String reason, int weight) {
	}

	private static Recommended customer(ResultSet rs, int row) throws SQLException {
		List<Reason> reasons = new ArrayList<>();
		for (Factor factor : Factor.values()) {
			int points = rs.getInt(factor.column());
			if (points > 0) {
				reasons.add(new Reason(factor.reason(), points));
			}
		}
		reasons.sort(Comparator.comparingInt(Reason::weight).reversed());
		return new Recommended(rs.getLong("customer_id"), rs.getString("email"), rs.getInt("score"), reasons);
	}

}
