package com.fanbase.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --name value} options and positional arguments.
 */
record Arguments(Map<String, String> options, List<String> positional) {

	static Arguments parse(List<String> args) {
		Map<String, String> options = new HashMap<>();
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--")) {
				int equals = arg.indexOf('=');
				if (equals > 0) {
					options.put(arg.substring(2, equals), arg.substring(equals + 1));
				}
				else if (i + 1 < args.size()) {
					options.put(arg.substring(2), args.get(++i));
				}
				else {
					throw new UsageException("Option " + arg + " needs a value");
				}
			}
			else {
				positional.add(arg);
			}
		}
		return new Arguments(options, positional);
	}

	String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	long longOption(String name, long fallback) {
		String value = this.options.get(name);
		try {
			return (value != null) ? Long.parseLong(value.replace("_", "")) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--" + name + " must be a number");
		}
	}

	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
