package com.fanbase.segments.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static com.fanbase.segments.rules.ProfileFactsBuilder.customer;
import static com.fanbase.segments.rules.RuleCompilerTests.rule;
import static org.assertj.core.api.Assertions.assertThat;

class RuleEvaluatorTests {

	static final Instant AS_OF = RuleCompilerTests.AS_OF;

	@Test
	void matchesTheSeedExample() {
		String seed = """
				{'match': 'all', 'rules': [
				  {'field': 'total_spent', 'operator': '>=', 'value': 100},
				  {'field': 'genres', 'operator': 'includes', 'value': ['rock', 'indie']},
				  {'field': 'last_purchase', 'operator': 'within_days', 'value': 180}]}""";
		Instant halfAYearAgo = AS_OF.minus(Duration.ofDays(180));
		assertThat(
				matches(seed, customer().spent(10_000, 5_000, 2).genres("jazz", "indie").lastPurchaseAt(halfAYearAgo)))
			.isTrue();
		assertThat(matches(seed, customer().spent(9_999, 5_000, 2).genres("indie").lastPurchaseAt(halfAYearAgo)))
			.isFalse();
		assertThat(matches(seed, customer().spent(10_000, 5_000, 2).genres("jazz").lastPurchaseAt(halfAYearAgo)))
			.isFalse();
		assertThat(matches(seed,
				customer().spent(10_000, 5_000, 2)
					.genres("rock")
					.lastPurchaseAt(halfAYearAgo.minus(1, ChronoUnit.MICROS))))
			.isFalse();
	}

	@Test
	void withinDaysIncludesTheCutoffAndBeforeDaysStartsJustPastIt() {
		Instant cutoff = AS_OF.minus(Duration.ofDays(30));
		ProfileFactsBuilder atCutoff = customer().lastPurchaseAt(cutoff);
		ProfileFactsBuilder pastCutoff = customer().lastPurchaseAt(cutoff.minus(1, ChronoUnit.MICROS));
		assertThat(matches(rule("last_purchase", "within_days", "30"), atCutoff)).isTrue();
		assertThat(matches(rule("last_purchase", "before_days", "30"), atCutoff)).isFalse();
		assertThat(matches(rule("last_purchase", "within_days", "30"), pastCutoff)).isFalse();
		assertThat(matches(rule("last_purchase", "before_days", "30"), pastCutoff)).isTrue();
	}

	@Test
	void customersWhoNeverBoughtMatchNeitherRecencyOperatorButTheirNegations() {
		ProfileFactsBuilder neverBought = customer();
		assertThat(matches(rule("last_purchase", "within_days", "36500"), neverBought)).isFalse();
		assertThat(matches(rule("last_purchase", "before_days", "0"), neverBought)).isFalse();
		assertThat(matches(rule("days_since_last_purchase", ">=", "0"), neverBought)).isFalse();
		assertThat(matches(negated("last_purchase", "within_days", "30"), neverBought)).isTrue();
	}

	@Test
	void betweenIncludesBothEnds() {
		assertThat(matches(rule("age", "between", "[18, 35]"), customer().age(18))).isTrue();
		assertThat(matches(rule("age", "between", "[18, 35]"), customer().age(35))).isTrue();
		assertThat(matches(rule("age", "between", "[18, 35]"), customer().age(36))).isFalse();
		assertThat(matches(rule("age", "between", "[18, 18]"), customer().age(18))).isTrue();
	}

	@Test
	void comparesMoneyInMajorUnitsExactly() {
		assertThat(matches(rule("avg_order", "=", "99.99"), customer().spent(19_998, 9_999, 2))).isTrue();
		assertThat(matches(rule("total_spent", ">=", "100.005"), customer().spent(10_000, 10_000, 1))).isFalse();
		assertThat(matches(rule("total_spent", ">=", "100.005"), customer().spent(10_001, 10_001, 1))).isTrue();
	}

	@Test
	void missingValuesMatchNoComparisonButTheirNegation() {
		ProfileFactsBuilder ageless = customer().age(null);
		for (String operator : List.of(">=", "<=", "=")) {
			assertThat(matches(rule("age", operator, "18"), ageless)).isFalse();
		}
		assertThat(matches(rule("age", "between", "[0, 200]"), ageless)).isFalse();
		assertThat(matches(rule("churn_risk", "<=", "100"), customer().churnRisk(null))).isFalse();
		assertThat(matches(negated("age", ">=", "18"), ageless)).isTrue();
	}

	@Test
	void comparesDoublesAsDoubles() {
		assertThat(matches(rule("expected_purchases_90d", "=", "0.1"), customer().expectedPurchases90d(0.1))).isTrue();
		ProfileFactsBuilder almostThreeTenths = customer().expectedPurchases90d(0.1 + 0.2);
		assertThat(matches(rule("expected_purchases_90d", ">=", "0.3"), almostThreeTenths)).isTrue();
		assertThat(matches(rule("expected_purchases_90d", "=", "0.3"), almostThreeTenths)).isFalse();
	}

	@Test
	void countsWholeDaysSinceTheLastPurchase() {
		ProfileFactsBuilder twoDaysAgo = customer().lastPurchaseAt(AS_OF.minus(Duration.ofDays(2).plusHours(23)));
		assertThat(matches(rule("days_since_last_purchase", "=", "2"), twoDaysAgo)).isTrue();
		assertThat(matches(rule("days_since_last_purchase", ">=", "3"), twoDaysAgo)).isFalse();
		assertThat(matches(rule("days_since_last_purchase", "<=", "2.5"), twoDaysAgo)).isTrue();
		assertThat(matches(rule("days_since_last_purchase", ">=", "2.5"), twoDaysAgo)).isFalse();
	}

	@Test
	void comparesNamesIgnoringCaseAndSurroundingSpaces() {
		ProfileFactsBuilder fan = customer().genres("rock", "indie").artists("Radiohead", "ABBA");
		assertThat(matches(rule("genres", "includes", "[' ROCK ', 'jazz']"), fan)).isTrue();
		assertThat(matches(rule("genres", "includes_all", "['rock', 'jazz']"), fan)).isFalse();
		assertThat(matches(rule("genres", "includes_all", "['Indie', 'rock']"), fan)).isTrue();
		assertThat(matches(rule("genres", "excludes", "['jazz', 'pop']"), fan)).isTrue();
		assertThat(matches(rule("artists", "includes", "['radiohead']"), fan)).isTrue();
		assertThat(matches(rule("artists", "excludes", "['abba']"), fan)).isFalse();
	}

	@Test
	void comparesPlacesTrimmedAndIgnoringCase() {
		assertThat(matches(rule("city", "is", "'berlin'"), customer().city(" Berlin "))).isTrue();
		assertThat(matches(rule("city", "in", "['Wien', 'BERLIN']"), customer().city("berlin"))).isTrue();
		assertThat(matches(rule("city", "not_in", "['Berlin']"), customer().city("Hamburg"))).isTrue();
		assertThat(matches(rule("city", "in", "['Berlin']"), customer().city(null))).isFalse();
		assertThat(matches(rule("city", "not_in", "['Berlin']"), customer().city(null))).isTrue();
	}

	@Test
	void findsAttendedEventsSegmentsAndFlags() {
		ProfileFactsBuilder member = customer().attended(7L).memberOf(3L).emailConsent(true);
		assertThat(matches(rule("attended_event", "includes", "[7, 9]"), member)).isTrue();
		assertThat(matches(rule("attended_event", "includes_all", "[7, 9]"), member)).isFalse();
		assertThat(matches(rule("attended_event", "excludes", "[9]"), member)).isTrue();
		assertThat(matches(rule("in_segment", "is", "3"), member)).isTrue();
		assertThat(matches(rule("not_in_segment", "is", "3"), member)).isFalse();
		assertThat(matches(rule("email_consent", "is", "true"), member)).isTrue();
		assertThat(matches(rule("has_email", "is", "true"), member)).isFalse();
	}

	@Test
	void customerSinceCountsFromWhenTheCustomerWasCreated() {
		ProfileFactsBuilder newcomer = customer().customerSince(AS_OF.minus(Duration.ofDays(10)));
		assertThat(matches(rule("customer_since", "within_days", "10"), newcomer)).isTrue();
		assertThat(matches(rule("customer_since", "within_days", "9"), newcomer)).isFalse();
	}

	private static String negated(String field, String operator, String value) {
		return "{'match': 'all', 'rules': [{'not': {'field': '%s', 'operator': '%s', 'value': %s}}]}".formatted(field,
				operator, value);
	}

	static boolean matches(String criteria, ProfileFactsBuilder facts) {
		return RuleEvaluator.matches(CriteriaParserTests.parse(criteria), facts.build(), AS_OF);
	}

	/**
	 * Profiles for the property tests, shared so that every law sees the same customers.
	 */
	static List<ProfileFacts> profiles(long seed, int count) {
		RandomProfiles random = new RandomProfiles(new Random(seed), AS_OF);
		return LongStream.rangeClosed(1, count).mapToObj(random::next).toList();
	}

	static boolean matches(Rule rule, ProfileFacts facts) {
		return RuleEvaluator.matches(rule, facts, AS_OF);
	}

}
