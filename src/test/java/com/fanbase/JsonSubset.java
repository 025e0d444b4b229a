package com.fanbase;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "The answer contains these members", as the documentation writes it: an object matches
 * when each member it names matches (others may be there too); {@code "..."} is any
 * value, a string ending in {@code ...} a prefix, one beginning with it a suffix; an
 * array matches element by element, or, when it holds a bare {@code ...}, when its
 * elements appear in that order among the answer's.
 */
final class JsonSubset {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String MORE = "\u0000more";

	private JsonSubset() {
	}

	static JsonNode parse(String documented) {
		return json.readTree(withoutEllipses(documented));
	}

	/**
	 * Where {@code actual} differs from {@code expected}, or null when it contains it.
	 */
	static String mismatch(JsonNode expected, JsonNode actual, String at) {
		if (expected.isString() && expected.asString().equals("...")) {
			return (actual != null && !actual.isMissingNode()) ? null : at + ": missing, expected any value";
		}
		if (expected.isString() && expected.asString().contains("...")) {
			String pattern = Arrays.stream(expected.asString().split("\\.\\.\\.", -1))
				.map(Pattern::quote)
				.collect(Collectors.joining(".*"));
			return (actual != null && actual.isString() && actual.asString().matches("(?s)" + pattern)) ? null
					: at + ": expected " + expected + ", was " + actual;
		}
		if (actual == null || actual.isMissingNode()) {
			return at + ": missing, expected " + expected;
		}
		if (expected.isObject()) {
			if (!actual.isObject()) {
				return at + ": expected an object, was " + actual;
			}
			for (Map.Entry<String, JsonNode> member : expected.properties()) {
				String problem = mismatch(member.getValue(), actual.get(member.getKey()), at + "/" + member.getKey());
				if (problem != null) {
					return problem;
				}
			}
			return null;
		}
		if (expected.isArray()) {
			return actual.isArray() ? arrayMismatch(expected, actual, at) : at + ": expected an array, was " + actual;
		}
		if (expected.isNumber()) {
			return (actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0) ? null
					: at + ": expected " + expected + ", was " + actual;
		}
		return expected.equals(actual) ? null : at + ": expected " + expected + ", was " + actual;
	}

	private static String arrayMismatch(JsonNode expected, JsonNode actual, String at) {
		List<JsonNode> wanted = new ArrayList<>();
		boolean more = false;
		for (JsonNode element : expected) {
			if (element.isString() && element.asString().equals(MORE)) {
				more = true;
			}
			else {
				wanted.add(element);
			}
		}
		if (!more) {
			if (wanted.size() != actual.size()) {
				return at + ": expected " + wanted.size() + " elements, was " + actual;
			}
			for (int i = 0; i < wanted.size(); i++) {
				String problem = mismatch(wanted.get(i), actual.get(i), at + "/" + i);
				if (problem != null) {
					return problem;
				}
			}
			return null;
		}
		int next = 0;
		for (JsonNode element : wanted) {
			while (next < actual.size() && mismatch(element, actual.get(next), at) != null) {
				next++;
			}
			if (next == actual.size()) {
				return at + ": no element matching " + element + " (in order) in " + actual;
			}
			next++;
		}
		return null;
	}

	/** Bare {@code ...}: a marker in arrays, dropped in objects. */
	static String withoutEllipses(String text) {
		StringBuilder out = new StringBuilder();
		Deque<Character> open = new ArrayDeque<>();
		boolean inString = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (inString) {
				out.append(c);
				if (c == '\\' && i + 1 < text.length()) {
					out.append(text.charAt(++i));
				}
				else if (c == '"') {
					inString = false;
				}
				continue;
			}
			if (c == '"') {
				inString = true;
			}
			else if (c == '[' || c == '{') {
				open.push(c);
			}
			else if (c == ']' || c == '}') {
				open.poll();
			}
			else if (text.startsWith("...", i)) {
				if (!open.isEmpty() && open.peek() == '[') {
					out.append("\"\\u0000more\"");
				}
				i += 2;
				continue;
			}
			out.append(c);
		}
		return out.toString().replaceAll(",\\s*(?=[}\\]])", "").replaceAll("\\{\\s*,", "{").replaceAll(",\\s*,", ",");
	}

}
