package com.fanbase.segments.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A boolean SQL condition over {@code profile_facts p} with its named parameters
 * ({@code :v1}, {@code :v2}, ... in the order they appear, and {@code :as_of} when the
 * condition needs the evaluation time). Every value from the criteria is a parameter; the
 * text comes from the {@link Field} catalog only.
 * <p>
 * Parameter values are {@link java.math.BigDecimal} (numbers, money in cents),
 * {@link java.time.OffsetDateTime} in UTC (time cut-offs and {@code as_of}),
 * {@code String} and {@code String[]} (names, cast to {@code text[]} in the SQL),
 * {@code long[]} (event ids), {@code Long} (segment ids), {@code Integer} (counts) and
 * {@code Boolean}. Arrays are arrays, not collections, so that Spring's named parameter
 * support binds them as one SQL array instead of expanding them into a list.
 *
 * @param sql the condition, to be placed in parentheses after {@code where ... and}
 * @param params values by parameter name, in order of appearance
 */
public record CompiledCondition(String sql, Map<String, Object> params) {

	public CompiledCondition {
		params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
	}

}
