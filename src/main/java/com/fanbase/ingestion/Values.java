package com.fanbase.ingestion;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Converts raw row values, from JSON or CSV, to typed ones; {@code null} means the value
 * cannot be read as that type. Parsing is written for the hot path: no exceptions for
 * integers.
 */
final class Values {

	private Values() {
	}

	/** A whole number: a JSON integer, an integral JSON real, or a string of digits. */
	static Long toLong(Object raw) {
		return switch (raw) {
			case Integer small -> small.longValue();
			case Long large -> large;
			case BigInteger big -> (big.bitLength() < 64) ? big.longValue() : null;
			case Double real -> (real == Math.rint(real) && Math.abs(real) < 9.0e15) ? real.longValue() : null;
			case BigDecimal decimal -> integral(decimal);
			case String string -> parseLong(string.strip());
			default -> null;
		};
	}

	/** An ISO-8601 instant, offset date-time, or local date-time taken as UTC. */
	static Instant toInstant(String text) {
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException again) {
				try {
					return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
				}
				catch (DateTimeParseException last) {
					return null;
				}
			}
		}
	}

	private static Long integral(BigDecimal decimal) {
		try {
			return decimal.longValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	private static Long parseLong(String text) {
		if (text.isEmpty() || text.length() > 19) {
			return null;
		}
		boolean negative = text.charAt(0) == '-';
		int start = negative ? 1 : 0;
		if (start == text.length()) {
			return null;
		}
		long result = 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9' || result > (Long.MAX_VALUE - (c - '0')) / 10) {
				return null;
			}
			result = result * 10 + (c - '0');
		}
		return negative ? -result : result;
	}

}
