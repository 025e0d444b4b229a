package com.fanbase.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fanbase.ingestion.Ingestor;

/**
 * Runs a command named by the first argument, instead of the service.
 */
public final class Commands {

	private static final Set<String> NAMES = Set.of("ingest", "generate", "help");

	private Commands() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && NAMES.contains(args[0]);
	}

	/** Runs the command and returns the process exit status. */
	public static int run(String[] args, Class<?> application) {
		PrintStream out = System.out;
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		try {
			return switch (args[0]) {
				case "ingest" -> ingest(Arguments.parse(rest), rest, application, out);
				case "generate" -> new GenerateCommand(out).run(Arguments.parse(rest));
				default -> usage(out);
			};
		}
		catch (Arguments.UsageException ex) {
			System.err.println(ex.getMessage());
			usage(System.err);
			return 2;
		}
		catch (Exception ex) {
			System.err.println("Failed: " + ex.getMessage());
			return 1;
		}
	}

	private static int ingest(Arguments args, List<String> raw, Class<?> application, PrintStream out)
			throws Exception {
		ConfigurableApplicationContext[] context = new ConfigurableApplicationContext[1];
		try {
			return new IngestCommand(out, () -> {
				if (context[0] == null) {
					context[0] = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
						.logStartupInfo(false)
						.properties("spring.main.banner-mode=off", "logging.level.root=WARN",
								"fanbase.jobs.enabled=false")
						.run(springArguments(raw));
				}
				return context[0].getBean(Ingestor.class);
			}).run(args);
		}
		finally {
			if (context[0] != null) {
				context[0].close();
			}
		}
	}

	/**
	 * Options such as {@code --spring.datasource.url=...} configure the service as usual.
	 */
	private static String[] springArguments(List<String> raw) {
		return raw.stream().filter((arg) -> arg.startsWith("--") && arg.contains("=")).toArray(String[]::new);
	}

	private static int usage(PrintStream out) {
		out.println("Usage: java -jar fanbase.jar [COMMAND]\n  (no command) run the service\n\n" + IngestCommand.USAGE
				+ "\n\n" + GenerateCommand.USAGE);
		return 2;
	}

}
