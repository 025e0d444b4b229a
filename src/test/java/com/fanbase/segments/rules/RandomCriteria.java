package com.fanbase.segments.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.fanbase.segments.rules.Rule.Comparison;
import com.fanbase.segments.rules.Rule.Condition;
import com.fanbase.segments.rules.Rule.Events;
import com.fanbase.segments.rules.Rule.Flag;
import com.fanbase.segments.rules.Rule.Group;
import com.fanbase.segments.rules.Rule.Match;
import com.fanbase.segments.rules.Rule.Membership;
import com.fanbase.segments.rules.Rule.Names;
import com.fanbase.segments.rules.Rule.Not;
import com.fanbase.segments.rules.Rule.Place;
import com.fanbase.segments.rules.Rule.Recency;

/**
 * Random valid criteria from a seeded {@link Random}: groups, negations and conditions on
 * every catalog field, with operands from the pools of {@link RandomProfiles} (and a few
 * values just beside them), in the case and spacing a user might type. Trees stay within
 * the parser's limits, so {@code CriteriaParser.parse(CriteriaWriter.write(tree))} gives
 * the tree back.
 */
public final class RandomCriteria {

	private static final List<BigDecimal> MONEY = decimals("0", "50", "99.99", "100", "100.5", "250", "300");

	private static final List<BigDecimal> COUNTS = decimals("0", "1", "2", "2.5", "3", "5");

	private static final List<BigDecimal> SCORES = decimals("0", "10", "25", "50", "60", "75", "100");

	private static final List<BigDecimal> AGES = decimals("16", "18", "25", "35", "36", "64");

	private static final List<BigDecimal> RATES = decimals("0", "0.1", "0.25", "0.3", "1", "2");

	private static final List<BigDecimal> DAYS = decimals("0", "1", "6.5", "7", "30", "90", "180", "365");

	private static final List<String> TYPED_GENRES = List.of("rock", "Indie", " POP ", "jazz", "metal");

	private static final List<String> TYPED_TYPES = List.of("concert", "Festival", "theatre", "opera");

	private static final List<String> TYPED_ARTISTS = List.of("radiohead", "ABBA", " daft punk", "Muse");

	private static final List<String> TYPED_CITIES = List.of("berlin", " Hamburg", "WIEN", "Paris");

	private static final List<String> TYPED_COUNTRIES = List.of("de", "AT", "fr");

	private final Random random;

	public RandomCriteria(Random random) {
		this.random = random;
	}

	/** A top-level group at most {@code maxDepth} levels deep (at least 1). */
	public Group criteria(int maxDepth) {
		return group(1, maxDepth);
	}

	/** A top-level group at most four levels deep. */
	public Group criteria() {
		return criteria(4);
	}

	/** A rule at {@code depth} of a tree at most {@code maxDepth} deep. */
	public Rule rule(int depth, int maxDepth) {
		int roll = this.random.nextInt(10);
		if (depth < maxDepth && roll < 2) {
			return group(depth + 1, maxDepth);
		}
		if (depth < maxDepth && roll < 3) {
			return new Not(rule(depth + 1, maxDepth));
		}
		return condition();
	}

	/** A condition on a random field. */
	public Condition condition() {
		return condition(pick(List.of(Field.values())));
	}

	/** A random condition on {@code field}. */
	public Condition condition(Field field) {
		return switch (field.kind()) {
			case NUMBER -> comparison(field);
			case RECENCY -> new Recency(field, operator(field), pick(RandomProfiles.DAYS));
			case NAME_SET -> new Names(field, operator(field), some(namesFor(field)));
			case EVENT_SET -> new Events(operator(field), some(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L)));
			case PLACE -> place(field);
			case FLAG -> new Flag(field, this.random.nextBoolean());
			case SEGMENT -> new Membership(field, 1 + this.random.nextInt(5));
		};
	}

	private Group group(int depth, int maxDepth) {
		int size = 1 + this.random.nextInt(3);
		List<Rule> rules = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			rules.add(rule(depth, maxDepth));
		}
		return new Group(this.random.nextBoolean() ? Match.ALL : Match.ANY, rules);
	}

	private Comparison comparison(Field field) {
		List<BigDecimal> pool = numbersFor(field);
		Operator operator = operator(field);
		BigDecimal value = pick(pool);
		if (operator != Operator.BETWEEN) {
			return new Comparison(field, operator, value, null);
		}
		BigDecimal other = pick(pool);
		return new Comparison(field, operator, value.min(other), value.max(other));
	}

	private Place place(Field field) {
		List<String> pool = (field == Field.COUNTRY) ? TYPED_COUNTRIES : TYPED_CITIES;
		Operator operator = operator(field);
		return new Place(field, operator, (operator == Operator.IS) ? List.of(pick(pool)) : some(pool));
	}

	private static List<BigDecimal> numbersFor(Field field) {
		return switch (field) {
			case TOTAL_SPENT, AVG_ORDER, PREDICTED_CLV -> MONEY;
			case PURCHASE_COUNT -> COUNTS;
			case ENGAGEMENT_SCORE, CHURN_RISK -> SCORES;
			case AGE -> AGES;
			case EXPECTED_PURCHASES_90D -> RATES;
			case DAYS_SINCE_LAST_PURCHASE -> DAYS;
			default -> throw new IllegalArgumentException(field + " is not a number field");
		};
	}

	private static List<String> namesFor(Field field) {
		return switch (field) {
			case GENRES -> TYPED_GENRES;
			case EVENT_TYPES -> TYPED_TYPES;
			case ARTISTS -> TYPED_ARTISTS;
			case PREFERRED_DAYS -> Field.WEEKDAYS.stream().map((day) -> day.toUpperCase(Locale.ROOT)).toList();
			default -> throw new IllegalArgumentException(field + " is not a name field");
		};
	}

	private Operator operator(Field field) {
		return pick(List.copyOf(field.operators()));
	}

	private <T> List<T> some(List<T> pool) {
		List<T> values = new ArrayList<>();
		int size = 1 + this.random.nextInt(3);
		for (int i = 0; i < size; i++) {
			values.add(pick(pool));
		}
		return values;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static List<BigDecimal> decimals(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

}
