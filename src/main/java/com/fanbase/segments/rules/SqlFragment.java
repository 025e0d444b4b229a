package com.fanbase.segments.rules;

/**
 * A piece of boolean SQL as a value, combined like jOOQ's conditions: {@code TRUE} is the
 * identity of {@code and}, {@code FALSE} of {@code or}, so folding an empty list is safe.
 * Parentheses are added only where a different connective nests.
 */
record SqlFragment(String sql, Shape shape) {

	static final SqlFragment TRUE = new SqlFragment("true", Shape.TRUE);

	static final SqlFragment FALSE = new SqlFragment("false", Shape.FALSE);

	static SqlFragment of(String sql) {
		return new SqlFragment(sql, Shape.ATOM);
	}

	SqlFragment and(SqlFragment other) {
		if (this.shape == Shape.TRUE) {
			return other;
		}
		if (other.shape == Shape.TRUE) {
			return this;
		}
		return new SqlFragment(operandOf(Shape.AND) + " and " + other.operandOf(Shape.AND), Shape.AND);
	}

	SqlFragment or(SqlFragment other) {
		if (this.shape == Shape.FALSE) {
			return other;
		}
		if (other.shape == Shape.FALSE) {
			return this;
		}
		return new SqlFragment(operandOf(Shape.OR) + " or " + other.operandOf(Shape.OR), Shape.OR);
	}

	SqlFragment not() {
		return new SqlFragment("not (" + this.sql + ")", Shape.ATOM);
	}

	private String operandOf(Shape parent) {
		boolean connective = this.shape == Shape.AND || this.shape == Shape.OR;
		return (connective && this.shape != parent) ? "(" + this.sql + ")" : this.sql;
	}

	enum Shape {

		/** Needs no parentheses as an operand of {@code and}, {@code or}. */
		ATOM, AND, OR, TRUE, FALSE

	}

}
