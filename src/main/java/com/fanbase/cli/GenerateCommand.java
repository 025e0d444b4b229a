package com.fanbase.cli;

import java.io.PrintStream;

/**
 * Writes a synthetic ticketing data set to files, for demos and benchmarks.
 */
final class GenerateCommand {

	static final String USAGE = """
			generate --out DIR [--customers N] [--events N] [--orders N] [--seed N]
			  Writes events, customers, orders and activities as NDJSON, and orders.csv for a
			  plain COPY baseline. The same seed and sizes always give the same files.""";

	private final PrintStream out;

	GenerateCommand(PrintStream out) {
		this.out = out;
	}

	int run(Arguments args) {
		throw new Arguments.UsageException("generate is not available yet");
	}

}
