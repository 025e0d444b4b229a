package com.fanbase.ingestion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fanbase.web.IsoCodes;
import com.fanbase.web.TextLimits;

/**
 * Reads typed values out of one raw row, collecting every problem instead of stopping at
 * the first. JSON values must have the right JSON type; CSV values arrive as text and are
 * parsed. Ids may also be given as digit strings, since JavaScript clients send 64-bit
 * ids that way.
 */
final class Fields {

	private static final int MAX_TEXT = TextLimits.TEXT;

	private static final int MAX_LIST = 100;

	private final Map<String, Object> values;

	private final List<RowError.FieldError> errors = new ArrayList<>(2);

	private Long id;

	Fields(Map<String, Object> values) {
		this.values = values;
	}

	boolean valid() {
		return this.errors.isEmpty();
	}

	List<RowError.FieldError> errors() {
		return this.errors;
	}

	/**
	 * The row's own id, once {@link #requiredId} or {@link #optionalRowId} has read it.
	 */
	Long id() {
		return this.id;
	}

	void error(String field, String message) {
		this.errors.add(new RowError.FieldError(field, message));
	}

	long requiredRowId(String field) {
		Long value = optionalRowId(field);
		// Blank counts as missing: an id is never 0 (its table refuses it, with the
		// batch).
		if (value == null && !hasError(field)) {
			error(field, "is required");
		}
		return (value != null) ? value : 0;
	}

	Long optionalRowId(String field) {
		this.id = optionalId(field);
		return this.id;
	}

	long requiredId(String field) {
		Long value = optionalId(field);
		// Blank counts as missing: an id is never 0 (its table refuses it, with the
		// batch).
		if (value == null && !hasError(field)) {
			error(field, "is required");
		}
		return (value != null) ? value : 0;
	}

	private boolean hasError(String field) {
		return this.errors.stream().anyMatch((error) -> field.equals(error.field()));
	}

	Long optionalId(String field) {
		Long value = integer(field);
		if (value != null && value <= 0) {
			error(field, "must be a positive integer");
			return null;
		}
		return value;
	}

	Long nonNegative(String field) {
		Long value = integer(field);
		if (value != null && value < 0) {
			error(field, "must not be negative");
			return null;
		}
		return value;
	}

	String text(String field) {
		Object raw = this.values.get(field);
		if (raw == null) {
			return null;
		}
		if (!(raw instanceof String string)) {
			error(field, "must be a string");
			return null;
		}
		String stripped = string.strip();
		if (stripped.length() > MAX_TEXT) {
			error(field, "must be at most " + MAX_TEXT + " characters");
			return null;
		}
		return stripped.isEmpty() ? null : stripped;
	}

	String requiredText(String field) {
		String value = text(field);
		if (value == null && isBlank(field)) {
			error(field, "is required");
		}
		return value;
	}

	/** A lower-case value from a closed set. */
	String oneOf(String field, Set<String> allowed, boolean required) {
		String value = required ? requiredText(field) : text(field);
		if (value == null) {
			return null;
		}
		String normalized = value.toLowerCase(Locale.ROOT);
		if (!allowed.contains(normalized)) {
			error(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
			return null;
		}
		return normalized;
	}

	String email(String field) {
		String value = text(field);
		if (value != null && !Emails.isPlausible(value)) {
			error(field, "is not a valid email address");
			return null;
		}
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

	String country(String field) {
		String value = text(field);
		if (value == null) {
			return null;
		}
		String upper = value.toUpperCase(Locale.ROOT);
		if (!IsoCodes.COUNTRIES.contains(upper)) {
			error(field, "must be an ISO 3166-1 alpha-2 country code such as DE");
			return null;
		}
		return upper;
	}

	String currency(String field) {
		String value = text(field);
		if (value == null) {
			return null;
		}
		String upper = value.toUpperCase(Locale.ROOT);
		if (!IsoCodes.CURRENCIES.contains(upper)) {
			error(field, "must be an ISO 4217 currency code such as EUR");
			return null;
		}
		return upper;
	}

	LocalDate date(String field) {
		String value = text(field);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			error(field, "must be a date as YYYY-MM-DD");
			return null;
		}
	}

	/** An ISO-8601 date-time; one without an offset is taken as UTC. */
	Instant instant(String field, boolean required) {
		String value = required ? requiredText(field) : text(field);
		if (value == null) {
			return null;
		}
		Instant instant = Values.toInstant(value);
		if (instant == null) {
			error(field, "must be an ISO-8601 date-time such as 2026-06-01T19:30:00Z");
		}
		return instant;
	}

	Boolean bool(String field) {
		Object raw = this.values.get(field);
		if (raw == null || raw instanceof Boolean) {
			return (Boolean) raw;
		}
		if (raw instanceof String string) {
			switch (string.strip().toLowerCase(Locale.ROOT)) {
				case "":
					return null;
				case "true", "1", "yes", "y", "t":
					return true;
				case "false", "0", "no", "n", "f":
					return false;
				default:
			}
		}
		error(field, "must be true or false");
		return null;
	}

	/** A list of strings: a JSON array, or in CSV the values separated by {@code |}. */
	List<String> list(String field, boolean lowerCase) {
		Object raw = this.values.get(field);
		if (raw == null) {
			return List.of();
		}
		Collection<?> items = (raw instanceof String string) ? List.of(string.split("\\|"))
				: (raw instanceof Collection<?> collection) ? collection : null;
		if (items == null || items.size() > MAX_LIST) {
			error(field, (items == null) ? "must be a list of strings" : "must have at most " + MAX_LIST + " items");
			return List.of();
		}
		List<String> result = new ArrayList<>(items.size());
		for (Object item : items) {
			if (!(item instanceof String string) || string.length() > MAX_TEXT) {
				error(field, "must be a list of strings of at most " + MAX_TEXT + " characters");
				return List.of();
			}
			String value = lowerCase ? string.strip().toLowerCase(Locale.ROOT) : string.strip();
			if (!value.isEmpty() && !result.contains(value)) {
				result.add(value);
			}
		}
		return result;
	}

	boolean has(String field) {
		return this.values.get(field) != null;
	}

	private boolean isBlank(String field) {
		Object raw = this.values.get(field);
		return raw == null || (raw instanceof String string && string.isBlank());
	}

	private Long integer(String field) {
		Object raw = this.values.get(field);
		if (raw == null) {
			return null;
		}
		Long value = Values.toLong(raw);
		if (value == null && !(raw instanceof String string && string.isBlank())) {
			error(field, "must be an integer");
		}
		return value;
	}

}
