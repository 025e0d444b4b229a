package com.fanbase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shell example of the README and of {@code docs/} runs against the service, page
 * by page as one {@code bash -euo pipefail} script, and answers what the page says it
 * answers (the convention is at the top of {@code docs/README.md}). Each page makes its
 * own tenant with the operator key, so the examples use only ids they created.
 */
@IntegrationTest
class DocsExamplesTests extends ApiTestSupport {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern HELPERS = Pattern.compile("```bash helpers\\n(.*?)```", Pattern.DOTALL);

	@TempDir
	Path work;

	static Stream<Path> pages() throws IOException {
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
			// -Ddocs.pages=segments.md,exports.md runs only these while writing them
			String only = System.getProperty("docs.pages");
			return pages.stream()
				.filter((page) -> only == null || List.of(only.split(",")).contains(page.getFileName().toString()));
		}
	}

	private static List<Path> allPages() throws IOException {
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			return Stream.concat(Stream.of(Path.of("README.md")), docs.filter((p) -> p.toString().endsWith(".md")))
				.toList();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void examplesAnswerWhatThePageSays(Path page) throws Exception {
		DocPage doc = DocPage.read(page);
		Path script = this.work.resolve("page.sh");
		Files.writeString(script, preamble() + doc.script());
		Path out = this.work.resolve("out.txt");
		Path err = this.work.resolve("err.txt");
		Process bash = new ProcessBuilder("bash", "-euo", "pipefail", script.toString()).directory(this.work.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		boolean ended = bash.waitFor(5, TimeUnit.MINUTES);
		if (!ended) {
			bash.destroyForcibly();
		}
		String output = Files.readString(out);
		assertThat(ended && bash.exitValue() == 0)
			.as("%s: the examples ended with %s%nstderr:%n%s%nlast output:%n%s", page,
					ended ? bash.exitValue() : "timeout", Files.readString(err), tail(output))
			.isTrue();
		assertThat(problems(doc, output)).as(page.toString()).isEmpty();
	}

	@Test
	void mostExamplesRun() throws IOException {
		int run = 0;
		int skipped = 0;
		for (Path page : allPages()) {
			DocPage doc = DocPage.read(page);
			run += doc.blocks();
			skipped += doc.skippedBlocks();
		}
		assertThat(run).as("examples run, %d not", skipped).isGreaterThan(3 * skipped).isGreaterThanOrEqualTo(35);
	}

	private String preamble() throws IOException {
		Matcher helpers = HELPERS.matcher(Files.readString(Path.of("docs/README.md")));
		assertThat(helpers.find()).as("docs/README.md has its helpers block").isTrue();
		return """
				API=http://localhost:%d/api/audience
				OP=%s
				exec 3>&1
				curl() {
				  local out body
				  out=$(command curl -w '\\n%%{http_code}' "$@")
				  body=${out%%$'\\n'*}
				  printf '%%s\\n' "$body"
				  printf '\\n@@status %%s %%s\\n' "${out##*$'\\n'}" "$(printf '%%s' "$body" | base64 -w0)" >&3
				}
				""".formatted(this.port, Api.OPERATOR_KEY) + helpers.group(1);
	}

	/**
	 * Matches the output to the page: the answer of the last request before each
	 * expectation's marker must fit it, and a request answering 4xx or 5xx must be
	 * followed by an expectation naming that status.
	 */
	private static List<String> problems(DocPage doc, String output) {
		List<String> problems = new ArrayList<>();
		String lastBody = null;
		int lastStatus = 0;
		boolean checked = true;
		for (String line : output.split("\n", -1)) {
			if (line.startsWith("@@status ")) {
				if (!checked && lastStatus >= 400) {
					problems.add("A request answered " + lastStatus + " with no expectation naming it: " + lastBody);
				}
				String[] parts = line.split(" ", 3);
				lastStatus = Integer.parseInt(parts[1]);
				lastBody = (parts.length < 3) ? ""
						: new String(Base64.getDecoder().decode(parts[2].strip()), StandardCharsets.UTF_8);
				checked = false;
			}
			else if (line.startsWith("@@expect ")) {
				String[] parts = line.split(" ", 3);
				DocPage.Expectation expectation = doc.expectations().get(Integer.parseInt(parts[1]));
				if (checked) {
					problems.add(expectation.where() + ": no request answered before this expectation");
				}
				else {
					String problem = mismatch(DocPage.Expectation.expanded((parts.length < 3) ? "" : parts[2]),
							lastStatus, lastBody);
					if (problem != null) {
						problems.add(expectation.where() + ": " + problem);
					}
				}
				checked = true;
			}
		}
		if (!checked && lastStatus >= 400) {
			problems.add("A request answered " + lastStatus + " with no expectation naming it: " + lastBody);
		}
		return problems;
	}

	private static String mismatch(DocPage.Expected expectation, int status, String body) {
		if ((expectation.status() == null) ? (status < 200 || status > 299) : (expectation.status() != status)) {
			return "status " + status + " (expected " + ((expectation.status() != null) ? expectation.status() : "2xx")
					+ "): " + body;
		}
		if (expectation.json() == null) {
			return null;
		}
		JsonNode actual;
		try {
			actual = json.readTree(body);
		}
		catch (RuntimeException ex) {
			return "the answer is not JSON: " + body;
		}
		JsonNode expected;
		try {
			expected = JsonSubset.parse(expectation.json());
		}
		catch (RuntimeException ex) {
			return "the expectation is not JSON (" + ex.getMessage() + "): " + expectation.json();
		}
		String problem = JsonSubset.mismatch(expected, actual, "");
		return (problem != null) ? problem + "\n  answer: " + body : null;
	}

	private static String tail(String output) {
		return output.substring(Math.max(0, output.length() - 3000));
	}

}
