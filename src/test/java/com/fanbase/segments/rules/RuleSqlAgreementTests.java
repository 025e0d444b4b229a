package com.fanbase.segments.rules;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.fanbase.profiles.ProfileFactsWriter;
import com.fanbase.tenants.TenantId;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The property that makes the rule engine trustworthy: for random criteria over random
 * profiles, the compiled SQL on PostgreSQL selects exactly the customers the in-memory
 * evaluator selects, and never one of another tenant's.
 */
@IntegrationTest
class RuleSqlAgreementTests extends ApiTestSupport {

	static final Instant AS_OF = RuleCompilerTests.AS_OF;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	ProfileFactsWriter facts;

	@Test
	void compiledSqlAndTheEvaluatorSelectTheSameCustomers() {
		long mine = newTenant().id();
		long other = newTenant().id();
		List<ProfileFacts> profiles = RuleEvaluatorTests.profiles(17, 300);
		profiles.forEach((facts) -> insert(mine, facts));
		RuleEvaluatorTests.profiles(18, 300).forEach((facts) -> insert(other, facts));
		this.facts.writeAll(TenantId.of(mine));
		this.facts.writeAll(TenantId.of(other));
		RandomCriteria random = new RandomCriteria(new Random(23));
		JsonMapper json = JsonMapper.builder().build();
		int nonTrivial = 0;
		for (int i = 0; i < 1000; i++) {
			Rule rule = (i % 3 == 0) ? random.condition() : random.criteria(4);
			CompiledCondition condition = RuleCompiler.compile(rule, AS_OF);
			Map<String, Object> params = new HashMap<>(condition.params());
			params.put("tenant", mine);
			Set<Long> sql = new TreeSet<>(
					this.jdbc.queryForList("select p.customer_id from profile_facts p where p.tenant_id = :tenant and ("
							+ condition.sql() + ")", params, Long.class));
			Set<Long> memory = profiles.stream()
				.filter((facts) -> RuleEvaluator.matches(rule, facts, AS_OF))
				.map(ProfileFacts::customerId)
				.collect(Collectors.toCollection(TreeSet::new));
			nonTrivial += (!sql.isEmpty() && sql.size() < profiles.size()) ? 1 : 0;
			assertThat(sql)
				.as("%s%n%s%n%s", json.writeValueAsString(CriteriaWriter.write(rule)), condition.sql(),
						RuleCompilerTests.render(condition.params()))
				.isEqualTo(memory);
		}
		assertThat(nonTrivial).as("criteria that select some but not all customers").isGreaterThan(500);
	}

	private void insert(long tenant, ProfileFacts f) {
		Map<String, Object> p = new HashMap<>();
		p.put("t", tenant);
		p.put("id", f.customerId());
		p.put("email", f.hasEmail() ? "c" + f.customerId() + "@example.com" : null);
		p.put("phone", f.hasPhone() ? "+4930" + (1000000 + f.customerId()) : null);
		p.put("city", f.city());
		p.put("country", f.country());
		p.put("ec", f.emailConsent());
		p.put("ac", f.adsConsent());
		p.put("created", utc(f.customerSince()));
		this.jdbc.update("insert into customers (tenant_id, id, email, phone_e164, city, country, email_consent,"
				+ " ads_consent, created_at, updated_at) values (:t, :id, :email, :phone, :city, :country, :ec, :ac,"
				+ " :created, now())", p);
		p.put("pc", f.purchaseCount());
		p.put("total", f.totalSpentCents());
		p.put("avg", f.avgOrderCents());
		p.put("last", (f.lastPurchaseAt() != null) ? utc(f.lastPurchaseAt()) : null);
		p.put("genres", f.genres().toArray(String[]::new));
		p.put("types", f.eventTypes().toArray(String[]::new));
		p.put("artists", f.artists().toArray(String[]::new));
		p.put("days", f.preferredDays().toArray(String[]::new));
		p.put("age", f.age());
		p.put("eng", f.engagementScore());
		p.put("churn", f.churnRisk());
		p.put("exp", f.expectedPurchases90d());
		p.put("clv", f.predictedClvCents());
		this.jdbc.update("insert into customer_profiles (tenant_id, customer_id, purchase_count, total_spent_cents,"
				+ " avg_order_cents, last_purchase_at, genre_names, event_type_names, artists, preferred_days, city,"
				+ " country, age, engagement_score, churn_risk, expected_purchases_90d, predicted_clv_cents, as_of,"
				+ " updated_at) values (:t, :id, :pc, :total, :avg, cast(:last as timestamptz), :genres::text[],"
				+ " :types::text[], :artists::text[], :days::text[], :city, :country, cast(:age as int), :eng,"
				+ " cast(:churn as smallint), cast(:exp as float8), cast(:clv as bigint), now(), now())", p);
		long order = f.customerId() * 100;
		for (long event = 1; event <= 7; event++) {
			String status = f.attendedEventIds().contains(event) ? "paid" : ((event % 2 == 0) ? "refunded" : null);
			if (status != null) {
				this.jdbc.update("insert into orders (tenant_id, id, customer_id, event_id, total_cents, currency,"
						+ " tickets, status, placed_at, updated_at) values (:t, :o, :id, :e, 1000, 'EUR', 1, :s, now(),"
						+ " now())", Map.of("t", tenant, "o", ++order, "id", f.customerId(), "e", event, "s", status));
			}
		}
		for (long segment : f.segmentIds()) {
			this.jdbc.update("insert into audience_segment_customers (tenant_id, segment_id, customer_id)"
					+ " values (:t, :s, :id)", Map.of("t", tenant, "s", segment, "id", f.customerId()));
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
