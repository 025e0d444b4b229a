package com.fanbase.segments;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.segments.rules.CriteriaWriter;
import com.fanbase.segments.rules.Field;
import com.fanbase.segments.rules.Operator;
import com.fanbase.segments.rules.Rule;
import com.fanbase.segments.rules.Rule.Comparison;
import com.fanbase.segments.rules.Rule.Flag;
import com.fanbase.segments.rules.Rule.Group;
import com.fanbase.segments.rules.Rule.Match;
import com.fanbase.segments.rules.Rule.Membership;
import com.fanbase.segments.rules.Rule.Names;
import com.fanbase.segments.rules.Rule.Not;
import com.fanbase.segments.rules.Rule.Place;
import com.fanbase.segments.rules.Rule.Recency;
import com.fanbase.tenants.TenantId;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The property behind live segments: evaluating only the changed customers (and those
 * whose time crossed a boundary) gives exactly what a full refresh gives. Two tenants
 * hold the same random facts and segments with random criteria (some naming earlier
 * segments); after each round of random changes and a random step of time, one is
 * evaluated incrementally and the other refreshed in full, and their members (with entry
 * times and affinity), exits and counts must agree.
 */
@IntegrationTest
class IncrementalEvaluationTests extends ApiTestSupport {

	private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

	private static final List<String> GENRES = List.of("rock", "indie", "pop", "jazz");

	private static final List<String> CITIES = List.of("berlin", "hamburg", "paris");

	private static final int CUSTOMERS = 80;

	private static final int SEGMENTS = 6;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Segments segments;

	@Autowired
	SegmentRefresher refresher;

	@Autowired
	SegmentEvaluator evaluator;

	@Autowired
	TimeBoundaries boundaries;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void incrementalEvaluationEqualsAFullRefresh(long seed) {
		Random random = new Random(seed);
		TenantId incremental = TenantId.of(newTenant().id());
		TenantId full = TenantId.of(newTenant().id());
		List<Map<String, Object>> facts = IntStream.rangeClosed(1, CUSTOMERS)
			.mapToObj((id) -> facts(random, id, START))
			.toList();
		facts.forEach((row) -> upsert(incremental, row));
		facts.forEach((row) -> upsert(full, row));
		List<Rule> criteria = new ArrayList<>();
		for (int i = 0; i < SEGMENTS; i++) {
			criteria.add(group(random, i, 0));
		}
		List<Long> incrementalIds = create(incremental, criteria);
		List<Long> fullIds = create(full, criteria);
		incrementalIds.forEach((id) -> this.refresher.refresh(incremental, id, START));
		fullIds.forEach((id) -> this.refresher.refresh(full, id, START));
		Instant now = START;
		for (int round = 0; round < 4; round++) {
			now = now.plus(Duration.ofHours(random.nextInt(24 * 40)));
			Set<Long> changed = new HashSet<>();
			for (int i = 0; i < CUSTOMERS / 5; i++) {
				long id = 1 + random.nextInt(CUSTOMERS + 10);
				Map<String, Object> row = facts(random, id, now);
				upsert(incremental, row);
				upsert(full, row);
				changed.add(id);
			}
			Set<Long> scope = new HashSet<>(changed);
			scope.addAll(this.boundaries.crossed(incremental, now, 1_000_000).orElseThrow());
			this.evaluator.evaluate(incremental, scope, now);
			for (long id : fullIds) {
				this.refresher.refresh(full, id, now);
			}
			for (int i = 0; i < SEGMENTS; i++) {
				String at = "seed " + seed + ", round " + round + ", segment " + i + " " + criteria.get(i);
				assertThat(members(incremental, incrementalIds.get(i))).as(at).isEqualTo(members(full, fullIds.get(i)));
				assertThat(exits(incremental, incrementalIds.get(i))).as(at).isEqualTo(exits(full, fullIds.get(i)));
				assertThat(this.segments.require(incremental, incrementalIds.get(i)).memberCount()).as(at)
					.isEqualTo(this.segments.require(full, fullIds.get(i)).memberCount());
			}
		}
		long moved = this.jdbc.sql("select count(*) from audience_segment_exits where tenant_id = :tenant")
			.param("tenant", full.value())
			.query(Long.class)
			.single();
		assertThat(moved).as("the changes made someone leave a segment").isPositive();
	}

	private List<Long> create(TenantId tenant, List<Rule> criteria) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			Rule rule = withSegments(criteria.get(i), ids);
			ids.add(this.segments.create(tenant, "S" + i, "dynamic", CriteriaWriter.write(rule), null).id());
		}
		return ids;
	}

	/**
	 * Membership rules name earlier segments by position (their value); maps them to ids.
	 */
	private static Rule withSegments(Rule rule, List<Long> ids) {
		return switch (rule) {
			case Group group ->
				new Group(group.match(), group.rules().stream().map((r) -> withSegments(r, ids)).toList());
			case Not not -> new Not(withSegments(not.rule(), ids));
			case Membership membership -> new Membership(membership.field(), ids.get((int) membership.segmentId() - 1));
			default -> rule;
		};
	}

	private static Group group(Random random, int segment, int depth) {
		List<Rule> rules = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			Rule rule = (depth == 0 && random.nextInt(4) == 0) ? group(random, segment, 1) : condition(random, segment);
			rules.add(random.nextInt(6) == 0 ? new Not(rule) : rule);
		}
		return new Group(random.nextBoolean() ? Match.ALL : Match.ANY, rules);
	}

	private static Rule condition(Random random, int segment) {
		int days = random.nextInt(120);
		return switch (random.nextInt((segment > 0) ? 13 : 12)) {
			case 0 ->
				new Comparison(Field.TOTAL_SPENT, Operator.AT_LEAST, BigDecimal.valueOf(random.nextInt(300)), null);
			case 1 -> new Comparison(Field.PURCHASE_COUNT, Operator.BETWEEN, BigDecimal.ONE,
					BigDecimal.valueOf(1 + random.nextInt(5)));
			case 2 ->
				new Comparison(Field.ENGAGEMENT_SCORE, Operator.AT_MOST, BigDecimal.valueOf(random.nextInt(100)), null);
			case 3 -> new Comparison(Field.DAYS_SINCE_LAST_PURCHASE,
					List.of(Operator.AT_LEAST, Operator.AT_MOST, Operator.EQUALS).get(random.nextInt(3)),
					BigDecimal.valueOf(days), null);
			case 4 -> new Comparison(Field.DAYS_SINCE_LAST_PURCHASE, Operator.BETWEEN, BigDecimal.valueOf(days),
					BigDecimal.valueOf(days + random.nextInt(30)));
			case 5 -> new Recency(Field.LAST_PURCHASE,
					random.nextBoolean() ? Operator.WITHIN_DAYS : Operator.BEFORE_DAYS, days);
			case 6 -> new Recency(Field.CUSTOMER_SINCE,
					random.nextBoolean() ? Operator.WITHIN_DAYS : Operator.BEFORE_DAYS, random.nextInt(400));
			case 7 -> new Names(Field.GENRES,
					List.of(Operator.INCLUDES, Operator.INCLUDES_ALL, Operator.EXCLUDES).get(random.nextInt(3)),
					List.of(GENRES.get(random.nextInt(4)), GENRES.get(random.nextInt(4))));
			case 8 -> new Place(Field.CITY, random.nextBoolean() ? Operator.IN : Operator.NOT_IN,
					List.of(CITIES.get(random.nextInt(3))));
			case 9 -> new Flag(Field.EMAIL_CONSENT, random.nextBoolean());
			case 10 -> new Comparison(Field.CHURN_RISK, Operator.BETWEEN, BigDecimal.valueOf(10),
					BigDecimal.valueOf(10 + random.nextInt(90)));
			case 11 -> new Comparison(Field.EXPECTED_PURCHASES_90D, Operator.AT_LEAST,
					BigDecimal.valueOf(random.nextInt(20), 1), null);
			default -> new Membership(random.nextBoolean() ? Field.IN_SEGMENT : Field.NOT_IN_SEGMENT,
					1 + random.nextInt(segment));
		};
	}

	/** A customer's facts as of {@code now}, their times within the last months. */
	private static Map<String, Object> facts(Random random, long id, Instant now) {
		Map<String, Object> row = new HashMap<>();
		int purchases = random.nextInt(6);
		row.put("customer_id", id);
		row.put("purchase_count", purchases);
		row.put("total_spent_cents", (long) purchases * random.nextInt(12_000));
		row.put("engagement_score", random.nextInt(101));
		row.put("churn_risk", random.nextInt(4) == 0 ? null : random.nextInt(101));
		row.put("expected_purchases_90d", random.nextInt(4) == 0 ? null : random.nextDouble() * 2);
		row.put("last_purchase_at",
				(purchases == 0) ? null : now.minusSeconds(random.nextLong(150L * 86_400)).atOffset(ZoneOffset.UTC));
		row.put("customer_since", now.minusSeconds(random.nextLong(420L * 86_400)).atOffset(ZoneOffset.UTC));
		row.put("genres", GENRES.stream().filter((genre) -> random.nextBoolean()).toArray(String[]::new));
		row.put("city", random.nextInt(4) == 0 ? null : CITIES.get(random.nextInt(3)));
		row.put("email_consent", random.nextBoolean());
		return row;
	}

	private void upsert(TenantId tenant, Map<String, Object> row) {
		this.jdbc
			.sql("""
					insert into profile_facts (tenant_id, customer_id, purchase_count, total_spent_cents, engagement_score,
					    churn_risk, expected_purchases_90d, last_purchase_at, customer_since, genre_names, event_type_names,
					    preferred_days, city, email_consent, ads_consent, has_email, has_phone)
					values (:tenant, :customer_id, :purchase_count, :total_spent_cents, :engagement_score, :churn_risk,
					    :expected_purchases_90d, :last_purchase_at, :customer_since, cast(:genres as text[]), '{}', '{}', :city,
					    :email_consent, true, true, false)
					on conflict (tenant_id, customer_id) do update set purchase_count = excluded.purchase_count,
					    total_spent_cents = excluded.total_spent_cents, engagement_score = excluded.engagement_score,
					    churn_risk = excluded.churn_risk, expected_purchases_90d = excluded.expected_purchases_90d,
					    last_purchase_at = excluded.last_purchase_at, customer_since = excluded.customer_since,
					    genre_names = excluded.genre_names, city = excluded.city, email_consent = excluded.email_consent
					""")
			.params(row)
			.param("tenant", tenant.value())
			.update();
	}

	private List<String> members(TenantId tenant, long segment) {
		return this.jdbc.sql("""
				select customer_id || ' ' || affinity || ' ' || entered_at from audience_segment_customers
				where tenant_id = :tenant and segment_id = :segment order by customer_id
				""").param("tenant", tenant.value()).param("segment", segment).query(String.class).list();
	}

	private List<String> exits(TenantId tenant, long segment) {
		return this.jdbc.sql("""
				select customer_id || ' ' || entered_at || ' ' || exited_at from audience_segment_exits
				where tenant_id = :tenant and segment_id = :segment order by 1
				""").param("tenant", tenant.value()).param("segment", segment).query(String.class).list();
	}

}
