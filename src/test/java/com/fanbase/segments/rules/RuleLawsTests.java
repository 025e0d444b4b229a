package com.fanbase.segments.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import com.fanbase.segments.rules.Rule.Comparison;
import com.fanbase.segments.rules.Rule.Condition;
import com.fanbase.segments.rules.Rule.Events;
import com.fanbase.segments.rules.Rule.Group;
import com.fanbase.segments.rules.Rule.Match;
import com.fanbase.segments.rules.Rule.Membership;
import com.fanbase.segments.rules.Rule.Names;
import com.fanbase.segments.rules.Rule.Not;
import com.fanbase.segments.rules.Rule.Place;
import com.fanbase.segments.rules.Rule.Recency;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Laws the evaluator must obey on random profiles and random criteria: the two-valued
 * logic the SQL is built to share, and the relations between operators.
 */
class RuleLawsTests {

	private static final int TREES = 300;

	private final List<ProfileFacts> profiles = RuleEvaluatorTests.profiles(3, 60);

	private final RandomCriteria random = new RandomCriteria(new Random(5));

	@Test
	void doubleNegationIsTheRuleItself() {
		forRandomRules((rule, facts) -> assertSame(new Not(new Not(rule)), rule, facts));
	}

	@Test
	void aGroupOfOneIsItsRule() {
		forRandomRules((rule, facts) -> {
			assertSame(Group.all(rule), rule, facts);
			assertSame(Group.any(rule), rule, facts);
		});
	}

	@Test
	void deMorgansLawsHold() {
		forRandomRules((rule, facts) -> {
			Rule other = this.random.rule(2, 3);
			assertSame(new Not(Group.all(rule, other)), Group.any(new Not(rule), new Not(other)), facts);
			assertSame(new Not(Group.any(rule, other)), Group.all(new Not(rule), new Not(other)), facts);
		});
	}

	@Test
	void emptyGroupsAreTheIdentitiesOfTheirMatch() {
		for (ProfileFacts facts : this.profiles) {
			assertThat(RuleEvaluatorTests.matches(new Group(Match.ALL, List.of()), facts)).isTrue();
			assertThat(RuleEvaluatorTests.matches(new Group(Match.ANY, List.of()), facts)).isFalse();
		}
	}

	@Test
	void betweenIsAtLeastTheLowAndAtMostTheHigh() {
		forRandomConditions((condition, facts) -> {
			if (condition instanceof Comparison between && between.operator() == Operator.BETWEEN) {
				Field field = between.field();
				assertSame(between, Group.all(new Comparison(field, Operator.AT_LEAST, between.value(), null),
						new Comparison(field, Operator.AT_MOST, between.upper(), null)), facts);
			}
		});
	}

	@Test
	void excludingAndNotInAreTheNegationsOfIncludingAndIn() {
		forRandomConditions((condition, facts) -> {
			switch (condition) {
				case Names names when names.operator() == Operator.EXCLUDES ->
					assertSame(names, new Not(new Names(names.field(), Operator.INCLUDES, names.values())), facts);
				case Events events when events.operator() == Operator.EXCLUDES ->
					assertSame(events, new Not(new Events(Operator.INCLUDES, events.eventIds())), facts);
				case Place place when place.operator() == Operator.NOT_IN ->
					assertSame(place, new Not(new Place(place.field(), Operator.IN, place.values())), facts);
				case Membership membership when !membership.member() ->
					assertSame(membership, new Not(new Membership(Field.IN_SEGMENT, membership.segmentId())), facts);
				default -> {
				}
			}
		});
	}

	@Test
	void withinAndBeforeDaysSplitBuyersAndSkipCustomersWhoNeverBought() {
		for (ProfileFacts facts : this.profiles) {
			for (int days : RandomProfiles.DAYS) {
				boolean within = RuleEvaluatorTests
					.matches(new Recency(Field.LAST_PURCHASE, Operator.WITHIN_DAYS, days), facts);
				boolean before = RuleEvaluatorTests
					.matches(new Recency(Field.LAST_PURCHASE, Operator.BEFORE_DAYS, days), facts);
				assertThat(within || before).isEqualTo(facts.lastPurchaseAt() != null);
				assertThat(within && before).isFalse();
			}
		}
	}

	@Test
	void generatedConditionsSplitGeneratedProfilesForEveryFieldAndOperator() {
		Map<Field, Map<Operator, int[]>> outcomes = new EnumMap<>(Field.class);
		for (Field field : Field.values()) {
			for (int i = 0; i < 100; i++) {
				Condition condition = this.random.condition(field);
				int[] counts = outcomes.computeIfAbsent(field, (key) -> new EnumMap<>(Operator.class))
					.computeIfAbsent(condition.operator(), (key) -> new int[2]);
				for (ProfileFacts facts : this.profiles) {
					counts[RuleEvaluatorTests.matches(condition, facts) ? 1 : 0]++;
				}
			}
		}
		for (Field field : Field.values()) {
			assertThat(outcomes.get(field).keySet()).as(field.apiName()).isEqualTo(field.operators());
			outcomes.get(field).forEach((operator, counts) -> {
				String description = field.apiName() + " " + operator.token();
				assertThat(counts[0]).as(description + " misses some").isPositive();
				assertThat(counts[1]).as(description + " matches some").isPositive();
			});
		}
	}

	private void forRandomRules(BiConsumer<Rule, ProfileFacts> law) {
		for (int i = 0; i < TREES; i++) {
			Rule rule = this.random.rule(1, 3);
			for (ProfileFacts facts : this.profiles) {
				law.accept(rule, facts);
			}
		}
	}

	private void forRandomConditions(BiConsumer<Condition, ProfileFacts> law) {
		for (int i = 0; i < TREES * 4; i++) {
			Condition condition = this.random.condition();
			for (ProfileFacts facts : this.profiles) {
				law.accept(condition, facts);
			}
		}
	}

	private static void assertSame(Rule rule, Rule equivalent, ProfileFacts facts) {
		assertThat(RuleEvaluatorTests.matches(rule, facts)).as("%s on %s", rule, facts)
			.isEqualTo(RuleEvaluatorTests.matches(equivalent, facts));
	}

}
