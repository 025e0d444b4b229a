package com.fanbase.segments.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.fanbase.segments.rules.Rule.Comparison;
import com.fanbase.segments.rules.Rule.Group;
import com.fanbase.segments.rules.Rule.Names;
import com.fanbase.segments.rules.Rule.Not;
import com.fanbase.segments.rules.Rule.Place;
import com.fanbase.segments.rules.Rule.Recency;
import com.fanbase.web.FieldProblem;
import com.fanbase.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class CriteriaParserTests {

	static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsTheSeedExample() {
		Group criteria = parse("""
				{'match': 'all', 'rules': [
				  {'field': 'total_spent', 'operator': '>=', 'value': 100},
				  {'field': 'genres', 'operator': 'includes', 'value': ['rock', 'indie']},
				  {'field': 'last_purchase', 'operator': 'within_days', 'value': 180}]}""");
		assertThat(criteria)
			.isEqualTo(Group.all(new Comparison(Field.TOTAL_SPENT, Operator.AT_LEAST, BigDecimal.valueOf(100), null),
					new Names(Field.GENRES, Operator.INCLUDES, List.of("rock", "indie")),
					new Recency(Field.LAST_PURCHASE, Operator.WITHIN_DAYS, 180)));
	}

	@Test
	void readsNestedGroupsAndNegations() {
		Group criteria = parse("""
				{'match': 'any', 'rules': [
				  {'not': {'match': 'all', 'rules': [{'field': 'age', 'operator': 'between', 'value': [18, 35.50]}]}},
				  {'not': {'field': 'city', 'operator': 'is', 'value': 'Berlin'}}]}""");
		assertThat(criteria).isEqualTo(Group.any(
				new Not(Group
					.all(new Comparison(Field.AGE, Operator.BETWEEN, BigDecimal.valueOf(18), new BigDecimal("35.5")))),
				new Not(new Place(Field.CITY, Operator.IS, List.of("berlin")))));
	}

	@Test
	void normalisesNamesAndPlacesToTrimmedLowerCaseWithoutDuplicates() {
		Group criteria = parse("""
				{'match': 'all', 'rules': [
				  {'field': 'genres', 'operator': 'includes', 'value': [' Rock', 'ROCK', 'indie ']},
				  {'field': 'country', 'operator': 'in', 'value': ['DE', ' at']}]}""");
		assertThat(criteria.rules()).containsExactly(
				new Names(Field.GENRES, Operator.INCLUDES, List.of("rock", "indie")),
				new Place(Field.COUNTRY, Operator.IN, List.of("de", "at")));
	}

	@Test
	void rejectsUnknownField() {
		assertThat(problems(rules("{'field': 'total_spend', 'operator': '>=', 'value': 1}"))).singleElement()
			.satisfies((problem) -> {
				assertThat(problem.pointer()).isEqualTo("/criteria/rules/0/field");
				assertThat(problem.message()).startsWith("is not a known field; use one of total_spent, avg_order,");
			});
	}

	@Test
	void rejectsOperatorTheFieldDoesNotTake() {
		assertThat(problems(rules("{'field': 'age', 'operator': '>=', 'value': 18}",
				"{'field': 'genres', 'operator': '>=', 'value': 3}")))
			.containsExactly(new FieldProblem("/criteria/rules/1/operator",
					"is not an operator of genres; use one of includes, includes_all, excludes"));
		assertThat(problems(rules("{'field': 'age', 'operator': 'around', 'value': 18}")))
			.containsExactly(new FieldProblem("/criteria/rules/0/operator",
					"is not an operator of age; use one of >=, <=, =, between"));
	}

	@Test
	void rejectsValuesOfTheWrongTypeOrShape() {
		assertThat(problems(rules("{'field': 'total_spent', 'operator': '>=', 'value': '100'}",
				"{'field': 'genres', 'operator': 'includes', 'value': 'rock'}",
				"{'field': 'genres', 'operator': 'includes', 'value': ['rock', 7]}",
				"{'field': 'email_consent', 'operator': 'is', 'value': 'yes'}",
				"{'field': 'last_purchase', 'operator': 'within_days', 'value': 1.5}",
				"{'field': 'attended_event', 'operator': 'includes', 'value': [12, 0]}",
				"{'field': 'in_segment', 'operator': 'is', 'value': '3'}",
				"{'field': 'country', 'operator': 'in', 'value': ['Germany']}",
				"{'field': 'preferred_days', 'operator': 'includes', 'value': ['monday']}",
				"{'field': 'city', 'operator': 'is', 'value': ['Berlin']}",
				"{'field': 'age', 'operator': '=', 'value': null}")))
			.containsExactly(new FieldProblem("/criteria/rules/0/value", "must be a number"),
					new FieldProblem("/criteria/rules/1/value", "must be an array of 1 to 500 names"),
					new FieldProblem("/criteria/rules/2/value/1",
							"must be a non-blank string of at most 200 characters"),
					new FieldProblem("/criteria/rules/3/value", "must be true or false"),
					new FieldProblem("/criteria/rules/4/value", "must be a whole number of days from 0 to 36500"),
					new FieldProblem("/criteria/rules/5/value/1", "must be an event id (a positive whole number)"),
					new FieldProblem("/criteria/rules/6/value", "must be a segment id (a positive whole number)"),
					new FieldProblem("/criteria/rules/7/value/0", "must be a two-letter country code"),
					new FieldProblem("/criteria/rules/8/value/0", "must be one of mon, tue, wed, thu, fri, sat, sun"),
					new FieldProblem("/criteria/rules/9/value", "must be a non-blank string of at most 200 characters"),
					new FieldProblem("/criteria/rules/10/value", "must be a number"));
	}

	@Test
	void rejectsBadBetween() {
		assertThat(problems(rules("{'field': 'age', 'operator': 'between', 'value': [18]}",
				"{'field': 'age', 'operator': 'between', 'value': [35, 18]}",
				"{'field': 'age', 'operator': 'between', 'value': ['18', 35]}",
				"{'field': 'age', 'operator': 'between', 'value': 18}",
				"{'field': 'total_spent', 'operator': 'between', 'value': [0, 1e300]}")))
			.containsExactly(
					new FieldProblem("/criteria/rules/0/value", "must be an array of two numbers: [low, high]"),
					new FieldProblem("/criteria/rules/1/value", "low must not be greater than high"),
					new FieldProblem("/criteria/rules/2/value/0", "must be a number"),
					new FieldProblem("/criteria/rules/3/value", "must be an array of two numbers: [low, high]"),
					new FieldProblem("/criteria/rules/4/value/1", "must be between -1000000000000 and 1000000000000"));
	}

	@Test
	void rejectsMissingAndUnknownParts() {
		assertThat(problems("{'rules': [{'field': 'age', 'operator': '>='}, 'age', {}, {'fild': 'x', 'field': "
				+ "'age', 'operator': '=', 'value': 1}, {'match': 'every', 'rules': [{'not': null}]}]}"))
			.containsExactly(new FieldProblem("/criteria/match", "is required: all or any"),
					new FieldProblem("/criteria/rules/0/value", "is required"),
					new FieldProblem("/criteria/rules/1",
							"must be a rule {field, operator, value}, a group {match, rules} or a negation {not}"),
					new FieldProblem("/criteria/rules/2",
							"must be a rule {field, operator, value}, a group {match, rules} or a negation {not}"),
					new FieldProblem("/criteria/rules/3/fild", "is not a known property here"),
					new FieldProblem("/criteria/rules/4/match", "must be all or any"),
					new FieldProblem("/criteria/rules/4/rules/0/not",
							"must be a rule {field, operator, value}, a group {match, rules} or a negation {not}"));
	}

	@Test
	void escapesPropertyNamesInPointers() {
		assertThat(problems(rules("{'field': 'age', 'operator': '=', 'value': 1, 'a/b~c': 2}")))
			.containsExactly(new FieldProblem("/criteria/rules/0/a~1b~0c", "is not a known property here"));
	}

	@Test
	void rejectsCriteriaThatAreNotAGroup() {
		FieldProblem notAGroup = new FieldProblem("/criteria",
				"must be a group: an object with match (all or any) and rules");
		assertThat(problems("[]")).containsExactly(notAGroup);
		assertThat(problems("{'field': 'age', 'operator': '=', 'value': 1}")).containsExactly(notAGroup);
		assertThat(problems("{'not': {'match': 'all', 'rules': [{'field': 'age', 'operator': '=', 'value': 1}]}}"))
			.containsExactly(notAGroup);
		assertThat(problemsOf(null)).containsExactly(notAGroup);
	}

	@Test
	void rejectsEmptyGroups() {
		assertThat(problems("{'match': 'all', 'rules': []}"))
			.containsExactly(new FieldProblem("/criteria/rules", "must contain at least one rule"));
		assertThat(problems(rules("{'match': 'any', 'rules': []}")))
			.containsExactly(new FieldProblem("/criteria/rules/0/rules", "must contain at least one rule"));
	}

	@Test
	void acceptsNestingUpToTheLimitAndNamesTheFirstLevelBeyondIt() {
		assertThat(parse(nested(CriteriaParser.MAX_DEPTH, "{'match': 'all', 'rules': [%s]}"))).isNotNull();
		assertThat(problems(nested(CriteriaParser.MAX_DEPTH + 1, "{'match': 'all', 'rules': [%s]}")))
			.containsExactly(new FieldProblem("/criteria" + "/rules/0".repeat(CriteriaParser.MAX_DEPTH),
					"nests deeper than 8 levels of groups and negations"));
	}

	@Test
	void countsNegationsAsNestingLevels() {
		String deep = "{'match': 'all', 'rules': [" + "{'not': ".repeat(7) + CONDITION + "}".repeat(7) + "]}";
		assertThat(parse(deep)).isNotNull();
		String tooDeep = "{'match': 'all', 'rules': [" + "{'not': ".repeat(8) + CONDITION + "}".repeat(8) + "]}";
		assertThat(problems(tooDeep)).containsExactly(new FieldProblem("/criteria/rules/0" + "/not".repeat(7),
				"nests deeper than 8 levels of groups and negations"));
	}

	@Test
	void acceptsUpToTheRuleLimitAndRefusesMore() {
		String[] limit = new String[CriteriaParser.MAX_RULES];
		Arrays.fill(limit, CONDITION);
		assertThat(parse(rules(limit)).rules()).hasSize(CriteriaParser.MAX_RULES);
		String[] over = Arrays.copyOf(limit, CriteriaParser.MAX_RULES + 5);
		Arrays.fill(over, CONDITION);
		assertThat(problems(rules(over))).containsExactly(new FieldProblem("/criteria", "has more than 200 rules"));
	}

	@Test
	void readsBackEveryWrittenTreeAsAnEqualTree() {
		RandomCriteria random = new RandomCriteria(new Random(7));
		for (int i = 0; i < 500; i++) {
			Group criteria = random.criteria();
			assertThat(CriteriaParser.parse(CriteriaWriter.write(criteria), "")).isEqualTo(criteria);
			JsonNode text = json.readTree(json.writeValueAsString(CriteriaWriter.write(criteria)));
			assertThat(CriteriaParser.parse(text, "")).isEqualTo(criteria);
		}
	}

	static final String CONDITION = "{'field': 'age', 'operator': '>=', 'value': 18}";

	static Group parse(String criteria) {
		return CriteriaParser.parse(node(criteria), "/criteria");
	}

	static JsonNode node(String criteria) {
		return json.readTree(criteria.replace('\'', '"'));
	}

	static String rules(String... rules) {
		return "{'match': 'all', 'rules': [" + String.join(", ", rules) + "]}";
	}

	private static List<FieldProblem> problems(String criteria) {
		return problemsOf(node(criteria));
	}

	private static List<FieldProblem> problemsOf(JsonNode criteria) {
		try {
			CriteriaParser.parse(criteria, "/criteria");
		}
		catch (InvalidRequestException ex) {
			return ex.errors();
		}
		return fail("Expected the criteria to be refused");
	}

	/**
	 * {@code levels} groups, each the first rule of the one above, around a condition.
	 */
	private static String nested(int levels, String group) {
		String criteria = CONDITION;
		for (int i = 0; i < levels; i++) {
			criteria = group.formatted(criteria);
		}
		return criteria;
	}

}
