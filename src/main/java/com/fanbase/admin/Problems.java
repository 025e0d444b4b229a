package com.fanbase.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fanbase.web.FieldProblem;
import com.fanbase.web.InvalidRequestException;

/**
 * Validation problems as the builder shows them: the JSON pointer (so the script can put
 * each one beside its rule) and where that is in words.
 */
final class Problems {

	private Problems() {
	}

	/** A problem to show: where in words, what, and the pointer it came from. */
	record Shown(String pointer, String where, String message) {
	}

	static List<Shown> shown(List<FieldProblem> problems) {
		return problems.stream()
			.map((problem) -> new Shown(problem.pointer(), where(problem.pointer()), problem.message()))
			.toList();
	}

	/**
	 * A form's problems by field name ({@code /password} as {@code password}), first one
	 * each.
	 */
	static Map<String, String> byField(InvalidRequestException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.errors()
			.forEach((problem) -> errors.putIfAbsent(problem.pointer().replaceFirst("^/", ""), problem.message()));
		return errors;
	}

	/** {@code /criteria/rules/1/not/rules/0/value} as "Rule 2 › not › rule 1 › value". */
	static String where(String pointer) {
		String[] parts = pointer.split("/");
		StringBuilder words = new StringBuilder();
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i];
			if (i == 1 && part.equals("criteria")) {
				continue;
			}
			if (part.equals("rules") && i + 1 < parts.length && parts[i + 1].matches("\\d+")) {
				part = "rule " + (Integer.parseInt(parts[++i]) + 1);
			}
			words.append((words.length() > 0) ? " › " : "").append(part.replace('_', ' '));
		}
		String text = (words.length() > 0) ? words.toString() : "criteria";
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
