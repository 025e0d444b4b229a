package com.fanbase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell examples of one documentation page as one script, following the convention
 * written at the top of {@code docs/README.md}: every {@code ```bash} block runs, in page
 * order, {@code ```bash no-run} blocks are skipped, and a {@code # → [status] json}
 * comment after a command states what that command answers. Each expectation becomes a
 * marker the script prints, so the output can be matched to it.
 */
record DocPage(Path path, String script, List<Expectation> expectations, int blocks, int skippedBlocks) {

	private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*(.*)$");

	private static final Pattern EXPECTATION = Pattern.compile("^\\s*# → ?(.*)$");

	private static final Pattern CONTINUATION = Pattern.compile("^\\s*#\\s+(?!→)(.*)$");

	private static final Pattern STATUS = Pattern.compile("^(\\d{3})\\b\\s*(.*)$", Pattern.DOTALL);

	static DocPage read(Path path) throws IOException {
		List<String> lines = Files.readAllLines(path);
		StringBuilder script = new StringBuilder();
		List<Expectation> expectations = new ArrayList<>();
		int blocks = 0;
		int skipped = 0;
		for (int i = 0; i < lines.size(); i++) {
			Matcher fence = FENCE.matcher(lines.get(i));
			if (!fence.matches() || fence.group(2).isEmpty()) {
				continue;
			}
			int end = closingFence(lines, i + 1);
			if (fence.group(2).equals("bash")) {
				if (fence.group(3).contains("no-run")) {
					skipped++;
				}
				else {
					blocks++;
					script.append("# ").append(path).append(':').append(i + 1).append('\n');
					appendBlock(path, lines, i + 1, end, fence.group(1).length(), script, expectations);
				}
			}
			i = end;
		}
		return new DocPage(path, script.toString(), expectations, blocks, skipped);
	}

	private static int closingFence(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).strip().equals("```")) {
				return i;
			}
		}
		throw new IllegalStateException("Unclosed code block");
	}

	private static void appendBlock(Path path, List<String> lines, int from, int to, int indent, StringBuilder script,
			List<Expectation> expectations) {
		for (int i = from; i < to; i++) {
			String line = unindent(lines.get(i), indent);
			Matcher expectation = EXPECTATION.matcher(line);
			if (!expectation.matches()) {
				script.append(line).append('\n');
				continue;
			}
			int at = i + 1;
			StringBuilder text = new StringBuilder(expectation.group(1));
			while (i + 1 < to && CONTINUATION.matcher(unindent(lines.get(i + 1), indent)).matches()) {
				Matcher more = CONTINUATION.matcher(unindent(lines.get(++i), indent));
				more.matches();
				text.append(' ').append(more.group(1));
			}
			expectations.add(Expectation.parse(path + ":" + at, text.toString().strip()));
			// The expectation goes through the shell, so it may name the page's
			// variables.
			script.append("printf '\\n@@expect %d %s\\n' ")
				.append(expectations.size() - 1)
				.append(" \"$(cat <<__EXPECTED__\n")
				.append(expectations.get(expectations.size() - 1).text())
				.append("\n__EXPECTED__\n)\"\n");
		}
	}

	private static String unindent(String line, int indent) {
		int strip = 0;
		while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
			strip++;
		}
		return line.substring(strip);
	}

	/** What one command answers: a status (2xx when not written) and JSON it contains. */
	record Expectation(String where, String text) {

		static Expectation parse(String where, String text) {
			return new Expectation(where, text);
		}

		/** The expectation as the script printed it, its variables expanded. */
		static Expected expanded(String printed) {
			Matcher status = STATUS.matcher(printed.strip());
			if (status.matches()) {
				return new Expected(Integer.valueOf(status.group(1)),
						status.group(2).isBlank() ? null : status.group(2));
			}
			return new Expected(null, printed.isBlank() ? null : printed.strip());
		}

	}

	record Expected(Integer status, String json) {

	}

}
