package com.fanbase.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.fanbase.demo.DemoFiles;
import com.fanbase.demo.DemoScale;
import com.fanbase.demo.TicketingDataGenerator;

/**
 * Writes a synthetic ticketing data set to files, for demos and benchmarks.
 */
final class GenerateCommand {

	static final String USAGE = """
			generate --out DIR [--customers N] [--events N] [--orders N] [--seed N] [--now INSTANT]
			  Writes events, customers, orders and activities as NDJSON, and orders.csv for a
			  plain COPY baseline. History runs up to --now (default: today 00:00 UTC), so the
			  same sizes, seed and day always give the same files.""";

	private final PrintStream out;

	GenerateCommand(PrintStream out) {
		this.out = out;
	}

	int run(Arguments args) throws IOException {
		String dir = args.options().get("out");
		if (dir == null) {
			throw new Arguments.UsageException("generate needs --out DIR");
		}
		DemoScale defaults = DemoScale.demo();
		DemoScale scale;
		try {
			scale = new DemoScale((int) args.longOption("customers", defaults.customers()),
					(int) args.longOption("events", defaults.events()),
					args.longOption("orders", defaults.targetOrders()), args.longOption("seed", defaults.seed()));
		}
		catch (IllegalArgumentException ex) {
			throw new Arguments.UsageException(ex.getMessage());
		}
		long started = System.nanoTime();
		DemoFiles.write(new TicketingDataGenerator(scale, now(args)), Path.of(dir));
		this.out.printf("Wrote %,d customers, %,d events and about %,d orders to %s in %.1f s%n", scale.customers(),
				scale.events(), scale.targetOrders(), dir, (System.nanoTime() - started) / 1e9);
		return 0;
	}

	private static Instant now(Arguments args) {
		String now = args.options().get("now");
		try {
			return (now != null) ? Instant.parse(now)
					: LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Arguments.UsageException("--now must be an instant such as 2026-01-01T00:00:00Z");
		}
	}

}
