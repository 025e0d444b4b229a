package com.fanbase.web;

import java.util.List;

import tools.jackson.databind.DatabindException;

/**
 * Turns Java property paths and Jackson paths into RFC 6901 JSON pointers with the API's
 * snake_case names.
 */
public final class JsonPointers {

	private JsonPointers() {
	}

	/** {@code rules[0].minValue} becomes {@code /rules/0/min_value}. */
	public static String fromPropertyPath(String path) {
		StringBuilder pointer = new StringBuilder();
		for (String part : path.split("[.\\[\\]]+")) {
			if (!part.isEmpty()) {
				pointer.append('/').append(escape(snakeCase(part)));
			}
		}
		return pointer.toString();
	}

	static String fromPath(List<DatabindException.Reference> path) {
		StringBuilder pointer = new StringBuilder();
		for (DatabindException.Reference reference : path) {
			pointer.append('/');
			pointer.append((reference.getPropertyName() != null) ? escape(reference.getPropertyName())
					: String.valueOf(reference.getIndex()));
		}
		return pointer.toString();
	}

	static String snakeCase(String name) {
		StringBuilder out = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c)) {
				out.append('_').append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

}
