package com.fanbase.segments.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.fanbase.segments.rules.Rule.Group;

import static org.assertj.core.api.Assertions.assertThat;

class RuleCompilerTests {

	static final Instant AS_OF = Instant.parse("2026-11-24T09:00:00Z");

	@Test
	void compilesTheSeedExample() {
		assertCompiles("""
				{'match': 'all', 'rules': [
				  {'field': 'total_spent', 'operator': '>=', 'value': 100},
				  {'field': 'genres', 'operator': 'includes', 'value': ['rock', 'indie']},
				  {'field': 'last_purchase', 'operator': 'within_days', 'value': 180}]}""",
				"p.total_spent_cents >= :v1 and p.genre_names && :v2::text[]"
						+ " and coalesce(p.last_purchase_at >= :v3, false)",
				"v1=10000, v2=[rock, indie], v3=2026-05-28T09:00Z");
	}

	@Test
	void compilesATenRuleNestedCriteria() {
		assertCompiles("""
				{'match': 'all', 'rules': [
				  {'field': 'country', 'operator': 'in', 'value': ['DE', 'AT']},
				  {'field': 'email_consent', 'operator': 'is', 'value': true},
				  {'match': 'any', 'rules': [
				    {'field': 'genres', 'operator': 'includes_all', 'value': ['rock', 'indie']},
				    {'field': 'artists', 'operator': 'includes', 'value': ['Radiohead']},
				    {'match': 'all', 'rules': [
				      {'field': 'event_types', 'operator': 'includes', 'value': ['festival']},
				      {'field': 'age', 'operator': 'between', 'value': [18, 35]}]}]},
				  {'field': 'total_spent', 'operator': 'between', 'value': [50, 500.5]},
				  {'field': 'last_purchase', 'operator': 'before_days', 'value': 30},
				  {'not': {'field': 'attended_event', 'operator': 'includes', 'value': [41, 42]}},
				  {'field': 'churn_risk', 'operator': '<=', 'value': 60}]}""", String.join(" and ",
				"coalesce(p.country = any(:v1::text[]), false)", "p.email_consent = :v2",
				"(p.genre_names @> :v3::text[] or (select array(select lower(a) from unnest(w.artists) a) from customer_profiles w where w.tenant_id = p.tenant_id and w.customer_id = p.customer_id) && :v4::text[]"
						+ " or (p.event_type_names && :v5::text[] and coalesce(p.age between :v6 and :v7, false)))",
				"p.total_spent_cents between :v8 and :v9", "coalesce(p.last_purchase_at < :v10, false)",
				"not (exists (select 1 from orders o where o.tenant_id = p.tenant_id and o.customer_id = p.customer_id"
						+ " and o.status = 'paid' and o.event_id = any(:v11::bigint[])))",
				"coalesce(p.churn_risk <= :v12, false)"),
				"v1=[de, at], v2=true, v3=[rock, indie], v4=[radiohead], v5=[festival], v6=18, v7=35, v8=5000,"
						+ " v9=50050, v10=2026-10-25T09:00Z, v11=[41, 42], v12=60");
	}

	@Test
	void comparesNumbersWithBoundValuesAndMoneyInCents() {
		assertCompiles(rule("avg_order", "=", "99.99"), "coalesce(p.avg_order_cents = :v1, false)", "v1=9999");
		assertCompiles(rule("predicted_clv", "<=", "1e3"), "coalesce(p.predicted_clv_cents <= :v1, false)",
				"v1=100000");
		assertCompiles(rule("purchase_count", ">=", "2"), "p.purchase_count >= :v1", "v1=2");
		assertCompiles(rule("engagement_score", "between", "[40, 60.0]"), "p.engagement_score between :v1 and :v2",
				"v1=40, v2=60");
		assertCompiles(rule("expected_purchases_90d", ">=", "0.25"), "coalesce(p.expected_purchases_90d >= :v1, false)",
				"v1=0.25");
	}

	@Test
	void measuresDaysSinceTheLastPurchaseFromTheBoundEvaluationTime() {
		assertCompiles(rule("days_since_last_purchase", ">=", "90"),
				"coalesce(floor(extract(epoch from (:as_of::timestamptz - p.last_purchase_at)) / 86400) >= :v1, false)",
				"v1=90, as_of=2026-11-24T09:00Z");
	}

	@Test
	void comparesTimesWithCutoffsBeforeTheEvaluationTime() {
		assertCompiles(rule("customer_since", "within_days", "0"), "p.customer_since >= :v1", "v1=2026-11-24T09:00Z");
		assertCompiles(rule("customer_since", "before_days", "365"), "p.customer_since < :v1", "v1=2025-11-24T09:00Z");
		CompiledCondition precise = RuleCompiler.compile(
				RuleCompilerTests.criteria(rule("last_purchase", "within_days", "1")),
				Instant.parse("2026-11-24T09:00:00.123456789Z"));
		assertThat(render(precise.params())).isEqualTo("v1=2026-11-23T09:00:00.123456Z");
	}

	@Test
	void comparesNameSetsWithArrayOperators() {
		assertCompiles(rule("event_types", "excludes", "['Opera']"), "not (p.event_type_names && :v1::text[])",
				"v1=[opera]");
		assertCompiles(rule("preferred_days", "includes_all", "['SAT', 'sun']"), "p.preferred_days @> :v1::text[]",
				"v1=[sat, sun]");
	}

	@Test
	void findsAttendedEventsInPaidOrders() {
		String paidOrders = "from orders o where o.tenant_id = p.tenant_id and o.customer_id = p.customer_id"
				+ " and o.status = 'paid' and o.event_id = any(:v1::bigint[])";
		assertCompiles(rule("attended_event", "includes_all", "[7, 9, 7]"),
				"(select count(distinct o.event_id) " + paidOrders + ") = :v2", "v1=[7, 9], v2=2");
		assertCompiles(rule("attended_event", "excludes", "[7]"), "not exists (select 1 " + paidOrders + ")", "v1=[7]");
	}

	@Test
	void comparesPlacesTrimmedAndLowerCased() {
		assertCompiles(rule("city", "is", "' Berlin '"), "coalesce(p.city = :v1, false)", "v1=berlin");
		assertCompiles(rule("city", "not_in", "['Berlin', 'Wien']"), "not coalesce(p.city = any(:v1::text[]), false)",
				"v1=[berlin, wien]");
	}

	@Test
	void comparesFlagsWithBoundBooleans() {
		assertCompiles(rule("has_email", "is", "true"), "p.has_email = :v1", "v1=true");
		assertCompiles(rule("has_phone", "is", "false"), "p.has_phone = :v1", "v1=false");
		assertCompiles(rule("ads_consent", "is", "false"), "p.ads_consent = :v1", "v1=false");
	}

	@Test
	void readsSegmentMembershipFromStoredMembers() {
		String members = "exists (select 1 from audience_segment_customers s where s.tenant_id = p.tenant_id"
				+ " and s.segment_id = :v1 and s.customer_id = p.customer_id)";
		assertCompiles(rule("in_segment", "is", "3"), members, "v1=3");
		assertCompiles(rule("not_in_segment", "is", "4"), "not " + members, "v1=4");
	}

	@Test
	void parenthesisesOnlyWhereConnectivesNest() {
		assertCompiles("""
				{'match': 'any', 'rules': [
				  {'match': 'any', 'rules': [{'field': 'age', 'operator': '=', 'value': 1}]},
				  {'not': {'match': 'all', 'rules': [
				    {'field': 'age', 'operator': '=', 'value': 2}, {'field': 'age', 'operator': '=', 'value': 3}]}},
				  {'match': 'all', 'rules': [
				    {'field': 'purchase_count', 'operator': '=', 'value': 4},
				    {'match': 'any', 'rules': [{'field': 'purchase_count', 'operator': '=', 'value': 5},
				      {'field': 'purchase_count', 'operator': '=', 'value': 6}]}]}]}""",
				"coalesce(p.age = :v1, false) or not (coalesce(p.age = :v2, false) and coalesce(p.age = :v3, false))"
						+ " or (p.purchase_count = :v4 and (p.purchase_count = :v5 or p.purchase_count = :v6))",
				"v1=1, v2=2, v3=3, v4=4, v5=5, v6=6");
	}

	@Test
	void foldsEmptyGroupsToTheirIdentity() {
		assertThat(RuleCompiler.compile(new Group(Rule.Match.ALL, List.of()), AS_OF).sql()).isEqualTo("true");
		assertThat(RuleCompiler.compile(new Group(Rule.Match.ANY, List.of()), AS_OF).sql()).isEqualTo("false");
		Rule age = new RandomCriteria(new Random(1)).condition(Field.AGE);
		Group nested = Group.all(new Group(Rule.Match.ALL, List.of()), age, new Group(Rule.Match.ALL, List.of()));
		assertThat(RuleCompiler.compile(nested, AS_OF).sql()).isEqualTo(RuleCompiler.compile(age, AS_OF).sql());
	}

	@Test
	void neverPutsInputIntoTheSqlText() {
		List<String> hostile = List.of("ZQX'); drop table customers; --", "ZQX' or '1'='1", "ZQX $$ :v1 ? \\",
				"ZQX\" union select * from api_keys --", "zqx*/ /*");
		String benign = null;
		for (String value : hostile) {
			ObjectNode criteria = hostileCriteria(value);
			CompiledCondition condition = RuleCompiler.compile(CriteriaParser.parse(criteria, ""), AS_OF);
			assertThat(condition.sql().toLowerCase(Locale.ROOT)).doesNotContain("zqx");
			assertThat(render(condition.params()).toLowerCase(Locale.ROOT))
				.contains(value.strip().toLowerCase(Locale.ROOT));
			benign = (benign != null) ? benign : condition.sql();
			assertThat(condition.sql()).isEqualTo(benign);
		}
	}

	@Test
	void bindsEveryParameterItNamesOnceAndInOrder() {
		RandomCriteria random = new RandomCriteria(new Random(11));
		Pattern parameter = Pattern.compile("(?<!:):([a-z_0-9]+)");
		for (int i = 0; i < 500; i++) {
			CompiledCondition condition = RuleCompiler.compile(random.criteria(), AS_OF);
			List<String> named = new ArrayList<>();
			Matcher matcher = parameter.matcher(condition.sql());
			while (matcher.find()) {
				named.add(matcher.group(1));
			}
			assertThat(named.stream().distinct().toList())
				.containsExactlyInAnyOrderElementsOf(condition.params().keySet());
			List<String> values = named.stream().filter((name) -> !name.equals(RuleCompiler.AS_OF)).toList();
			assertThat(values).as("one parameter per value, numbered in order of appearance")
				.isEqualTo(IntStream.rangeClosed(1, values.size()).mapToObj((n) -> "v" + n).toList());
			assertThat(condition.params().values()).doesNotContainNull();
		}
	}

	private static ObjectNode hostileCriteria(String value) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		ObjectNode criteria = nodes.objectNode().put("match", "all");
		var rules = criteria.putArray("rules");
		for (String field : List.of("genres", "event_types", "artists")) {
			rules.addObject().put("field", field).put("operator", "includes").putArray("value").add(value);
		}
		rules.addObject().put("field", "city").put("operator", "is").put("value", value);
		rules.addObject().put("field", "city").put("operator", "in").putArray("value").add("Berlin").add(value);
		return criteria;
	}

	static String rule(String field, String operator, String value) {
		return "{'match': 'all', 'rules': [{'field': '%s', 'operator': '%s', 'value': %s}]}".formatted(field, operator,
				value);
	}

	private static Group criteria(String json) {
		return CriteriaParserTests.parse(json);
	}

	private static void assertCompiles(String criteria, String sql, String params) {
		CompiledCondition condition = RuleCompiler.compile(criteria(criteria), AS_OF);
		assertThat(condition.sql()).isEqualTo(sql);
		assertThat(render(condition.params())).isEqualTo(params);
	}

	/** {@code v1=10000, v2=[rock, indie]}: arrays by content, in parameter order. */
	static String render(Map<String, Object> params) {
		return params.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + text(entry.getValue()))
			.collect(Collectors.joining(", "));
	}

	private static String text(Object value) {
		return switch (value) {
			case String[] strings -> Arrays.toString(strings);
			case long[] longs -> Arrays.toString(longs);
			case BigDecimal decimal -> decimal.toPlainString();
			default -> String.valueOf(value);
		};
	}

}
