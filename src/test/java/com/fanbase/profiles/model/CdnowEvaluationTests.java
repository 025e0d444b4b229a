package com.fanbase.profiles.model;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the CDNOW benchmark when the dataset is on this machine (set
 * {@code -Dfanbase.cdnow=<path to CDNOW_sample.txt>} to point elsewhere) and is skipped
 * otherwise, because the data may not be redistributed with the repository.
 */
class CdnowEvaluationTests {

	private static final Path SAMPLE = Path
		.of(System.getProperty("fanbase.cdnow", "../shared/datasets/cdnow/CDNOW_sample.txt"));

	@Test
	void reproducesThePublishedEstimates() throws Exception {
		Assumptions.assumeTrue(Files.exists(SAMPLE), "CDNOW sample not found at " + SAMPLE);
		CdnowEvaluation.Report report = CdnowEvaluation.evaluate(SAMPLE);
		assertThat(report.customers()).isEqualTo(2357);
		assertThat(report.gammaGamma().customers()).isEqualTo(946);
		assertThat(report.comparisons()).allMatch(CdnowEvaluation.Comparison::withinTolerance);
		if (report.mismatches() != null) {
			assertThat(report.mismatches()).isEmpty();
		}
		assertThat(report.markdown()).contains("Result: PASS");
	}

}
