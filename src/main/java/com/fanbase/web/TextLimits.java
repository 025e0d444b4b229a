package com.fanbase.web;

import java.util.Locale;

/**
 * The one size and content policy for text the API reads: in JSON bodies (records and
 * trees alike, see {@link InputRulesModule}), in query parameters (see
 * {@link RequestInputFilter}) and in ingested rows. A text never holds a NUL character
 * (PostgreSQL cannot store it, and no name, credential or criterion needs one): it is
 * refused, never silently changed. Each field's maximum follows from its wire name, so a
 * new field is bounded the day it is added; the README's "Limits" table lists them.
 */
public final class TextLimits {

	/** Names: {@code name}, {@code audience_name}, {@code list_name}, ... */
	public static final int NAME = 200;

	/** Emails, as RFC 5321 bounds a path. */
	public static final int EMAIL = 254;

	/** URLs. */
	public static final int URL = 2_048;

	/** Descriptions. */
	public static final int DESCRIPTION = 2_000;

	/** Credentials: tokens, secrets, keys. */
	public static final int SECRET = 4_096;

	/** An email's HTML content. */
	public static final int CONTENT = 500_000;

	/** Every other text: criteria values, subjects, free-form settings, query values. */
	public static final int TEXT = 500;

	/** Property names inside free-form objects (criteria, settings, credentials). */
	public static final int PROPERTY_NAME = NAME;

	private TextLimits() {
	}

	/** The most characters a field of this wire name may hold. */
	public static int maxFor(String field) {
		if (field == null) {
			return TEXT;
		}
		String name = field.toLowerCase(Locale.ROOT);
		if (name.equals("html_content") || name.equals("content")) {
			return CONTENT;
		}
		if (name.contains("token") || name.contains("secret") || name.endsWith("key") || name.contains("password")) {
			return SECRET;
		}
		if (name.contains("url")) {
			return URL;
		}
		if (name.contains("email")) {
			return EMAIL;
		}
		if (name.contains("description")) {
			return DESCRIPTION;
		}
		if (name.endsWith("name")) {
			return NAME;
		}
		return TEXT;
	}

	/** What is wrong with a text of the given field, or null when it may be stored. */
	public static String problem(String field, String value) {
		if (value == null) {
			return null;
		}
		if (value.indexOf('\0') >= 0) {
			return "must not contain a NUL character (\\u0000)";
		}
		int max = maxFor(field);
		return (value.length() > max) ? "must be at most " + max + " characters" : null;
	}

}
