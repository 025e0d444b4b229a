package com.fanbase.segments.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a field holds, which decides the operators it takes, the shape of its value and
 * the rule record it parses into.
 */
public enum FieldKind {

	/** A number: {@code >=}, {@code <=}, {@code =}, {@code between [low, high]}. */
	NUMBER(Operator.AT_LEAST, Operator.AT_MOST, Operator.EQUALS, Operator.BETWEEN),

	/** A point in time, compared in whole days before the evaluation time. */
	RECENCY(Operator.WITHIN_DAYS, Operator.BEFORE_DAYS),

	/** A set of names (genres, types, artists, days) compared with a list of names. */
	NAME_SET(Operator.INCLUDES, Operator.INCLUDES_ALL, Operator.EXCLUDES),

	/** The events a customer has a paid order for, compared with a list of event ids. */
	EVENT_SET(Operator.INCLUDES, Operator.INCLUDES_ALL, Operator.EXCLUDES),

	/** A place name compared case-insensitively and trimmed. */
	PLACE(Operator.IS, Operator.IN, Operator.NOT_IN),

	/** A yes/no fact compared with {@code true} or {@code false}. */
	FLAG(Operator.IS),

	/** Membership of another segment, named by its id. */
	SEGMENT(Operator.IS);

	private final EnumSet<Operator> operators;

	FieldKind(Operator... operators) {
		this.operators = EnumSet.copyOf(List.of(operators));
	}

	/** The operators, in declaration order. */
	public Set<Operator> operators() {
		return EnumSet.copyOf(this.operators);
	}

	public boolean accepts(Operator operator) {
		return this.operators.contains(operator);
	}

}
