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
 * Reads an event's stored recommendations in the seed's shape: best first (the order of
 * the generation: score, exact score, propensity), each customer with the factors that
 * contributed (largest first, a factor worth nothing left out). Customers who have
 * converted hold a ticket and are no longer recommended.
 */
@Component
class Recommendations {

	private static final String LIST = """
			select r.*, c.email from event_recommendations r
			join customers c on c.tenant_id = r.tenant_id and c.id = r.customer_id
			where r.tenant_id = :tenant and r.event_id = :event and r.converted_at is null and r.score >= :min
			order by r.score desc, r.rank_position nulls last, r.customer_id
			limit :limit
			""";

	private final JdbcClient jdbc;

	Recommendations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Object> list(TenantId tenant, long eventId, int limit, int minScore) {
		return list(tenant, eventId, limit, minScore, null);
	}

	/**
	 * The list with each reason also in a marketer's words (for the admin), when
	 * {@code words} holds the event's facts.
	 */
	Map<String, Object> list(TenantId tenant, long eventId, int limit, int minScore, ReasonWords.EventFacts words) {
		List<Recommended> customers = this.jdbc.sql(LIST)
			.param("tenant", tenant.value())
			.param("event", eventId)
			.param("min", minScore)
			.param("limit", limit)
			.query((rs, row) -> customer(rs, words))
			.list();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("event_id", eventId);
		answer.put("count", customers.size());
		answer.put("customers", customers);
		return answer;
	}

	/** The event's facts the reasons' words name. */
	ReasonWords.EventFacts facts(TenantId tenant, long eventId) {
		return this.jdbc.sql("select genres, event_type, city from events where tenant_id = :tenant and id = :event")
			.param("tenant", tenant.value())
			.param("event", eventId)
			.query((rs, row) -> new ReasonWords.EventFacts(List.of((String[]) rs.getArray("genres").getArray()),
					rs.getString("event_type"), rs.getString("city")))
			.single();
	}

	/** The best customers with at least the score, as (customer id, score) pairs. */
	List<long[]> atLeast(TenantId tenant, long eventId, int minScore) {
		return this.jdbc.sql("""
				select customer_id, score from event_recommendations
				where tenant_id = :tenant and event_id = :event and converted_at is null and score >= :min
				order by score desc, rank_position nulls last, customer_id
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

	/** A reason; {@code words} only on the admin's list. */
	record Reason(String reason, int weight, @JsonInclude(JsonInclude.Include.NON_NULL) String words) {
	}

	private static Recommended customer(ResultSet rs, ReasonWords.EventFacts event) throws SQLException {
		List<Reason> reasons = new ArrayList<>();
		for (Factor factor : Factor.values()) {
			int points = rs.getInt(factor.column());
			if (points > 0) {
				String words = (event != null) ? ReasonWords.of(factor, points, rs.getInt("artist_shows"), event)
						: null;
				reasons.add(new Reason(factor.reason(), points, words));
			}
		}
		reasons.sort(Comparator.comparingInt(Reason::weight).reversed());
		return new Recommended(rs.getLong("customer_id"), rs.getString("email"), rs.getInt("score"), reasons);
	}

}
