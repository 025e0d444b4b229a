package com.fanbase.profiles.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Fits the BG/NBD and the Gamma-Gamma to the CDNOW sample and compares the estimates with
 * the published ones: BG/NBD from Fader, Hardie &amp; Lee (2005), Gamma-Gamma from Fader
 * &amp; Hardie (2013). The dataset is not in the repository, so this is a rerunnable
 * benchmark rather than a unit test ({@code CdnowEvaluationTests} runs it when the file
 * is there). Run {@code bench/clv-model.sh}, or after {@code ./mvnw test-compile}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:&lt;dependencies&gt; \
 *     com.fanbase.profiles.model.CdnowEvaluation CDNOW_sample.txt [report.md]
 * </pre>
 *
 * It exits with status 1 when a parameter differs from the paper by more than 1%
 * (relative) or the BG/NBD log-likelihood by more than 0.5, or when the per-customer
 * statistics disagree with the published summary file next to the transactions.
 */
public final class CdnowEvaluation {

	private static final String SUMMARY_FILE = "cdnow_customers_summary_with_transactions.csv";

	/** The holdout period, 1997-10-01 to 1998-06-30, is 39 weeks. */
	private static final double HOLDOUT_WEEKS = 39;

	private CdnowEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 2) {
			System.err.println("Usage: CdnowEvaluation <CDNOW_sample.txt> [report.md]");
			System.exit(2);
		}
		Report report = evaluate(Path.of(args[0]));
		String markdown = report.markdown();
		System.out.print(markdown);
		if (args.length == 2) {
			Path out = Path.of(args[1]);
			if (out.getParent() != null) {
				Files.createDirectories(out.getParent());
			}
			Files.writeString(out, markdown);
		}
		System.exit(report.passed() ? 0 : 1);
	}

	static Report evaluate(Path transactions) throws IOException {
		List<CdnowData.Customer> customers = CdnowData.read(transactions);
		Path summary = transactions.resolveSibling(SUMMARY_FILE);
		List<Integer> mismatches = Files.exists(summary) ? CdnowData.mismatches(customers, summary) : null;
		long start = System.nanoTime();
		BgNbdFit bgNbd = new BgNbdFitter().fitCustomers(customers.stream().map(CdnowData.Customer::history).toList());
		long bgNbdNanos = System.nanoTime() - start;
		start = System.nanoTime();
		GammaGammaFit gammaGamma = new GammaGammaFitter()
			.fit(customers.stream().map(CdnowData.Customer::spend).toList());
		long gammaGammaNanos = System.nanoTime() - start;
		double predicted = customers.stream().mapToDouble((c) -> holdoutPrediction(bgNbd, c.history())).sum();
		int actual = customers.stream().mapToInt(CdnowData.Customer::holdoutPurchases).sum();
		BgNbdParameters b = bgNbd.parameters();
		GammaGammaParameters g = gammaGamma.parameters();
		List<Comparison> comparisons = List.of(Comparison.relative("BG/NBD r", 0.243, b.r()),
				Comparison.relative("BG/NBD alpha", 4.414, b.alpha()), Comparison.relative("BG/NBD a", 0.793, b.a()),
				Comparison.relative("BG/NBD b", 2.426, b.b()),
				Comparison.absolute("BG/NBD log-likelihood", -9582.4, bgNbd.logLikelihood()),
				Comparison.relative("Gamma-Gamma p", 6.25, g.p()), Comparison.relative("Gamma-Gamma q", 3.74, g.q()),
				Comparison.relative("Gamma-Gamma v", 15.44, g.v()));
		return new Report(customers.size(), mismatches, comparisons, bgNbd, gammaGamma, predicted, actual,
				bgNbdNanos / 1e6, gammaGammaNanos / 1e6);
	}

	private static double holdoutPrediction(BgNbdFit fit, CustomerHistory h) {
		return BgNbd.expectedPurchases(fit.parameters(), HOLDOUT_WEEKS, h.x(), h.tx(), h.T());
	}

	record Comparison(String quantity, double published, double fitted, double tolerance, boolean relativeTolerance) {

		static Comparison relative(String quantity, double published, double fitted) {
			return new Comparison(quantity, published, fitted, 0.01, true);
		}

		static Comparison absolute(String quantity, double published, double fitted) {
			return new Comparison(quantity, published, fitted, 0.5, false);
		}

		double difference() {
			double difference = this.fitted - this.published;
			return this.relativeTolerance ? difference / Math.abs(this.published) : difference;
		}

		boolean withinTolerance() {
			return Math.abs(difference()) <= this.tolerance;
		}

		String row() {
			String difference = this.relativeTolerance ? String.format(Locale.ROOT, "%+.2f%%", 100 * difference())
					: String.format(Locale.ROOT, "%+.3f", difference());
			String tolerance = this.relativeTolerance ? String.format(Locale.ROOT, "±%.0f%%", 100 * this.tolerance)
					: String.format(Locale.ROOT, "±%.1f", this.tolerance);
			return String.format(Locale.ROOT, "| %s | %s | %.4f | %s | %s | %s |%n", this.quantity,
					stripZeros(this.published), this.fitted, difference, tolerance,
					withinTolerance() ? "yes" : "**no**");
		}

		private static String stripZeros(double value) {
			return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

	record Report(int customers, List<Integer> mismatches, List<Comparison> comparisons, BgNbdFit bgNbd,
			GammaGammaFit gammaGamma, double predictedHoldout, int actualHoldout, double bgNbdMillis,
			double gammaGammaMillis) {

		boolean passed() {
			return (this.mismatches == null || this.mismatches.isEmpty())
					&& this.comparisons.stream().allMatch(Comparison::withinTolerance);
		}

		String markdown() {
			StringBuilder out = new StringBuilder();
			out.append("# CDNOW: fitted customer models against the published estimates\n\n");
			out.append(String.format(Locale.ROOT,
					"CDNOW 1/10 sample, %d customers, calibration period to %s, time unit weeks. "
							+ "BG/NBD: Fader, Hardie & Lee (2005); Gamma-Gamma: Fader & Hardie (2013), "
							+ "fitted on the %d customers with x >= 1.%n%n",
					this.customers, CdnowData.CALIBRATION_END, this.gammaGamma.customers()));
			out.append("| quantity | published | fitted | difference | tolerance | within |\n");
			out.append("|---|---|---|---|---|---|\n");
			this.comparisons.forEach((comparison) -> out.append(comparison.row()));
			out.append(String.format(Locale.ROOT, "%nGamma-Gamma log-likelihood: %.3f.%n",
					this.gammaGamma.logLikelihood()));
			out.append(String.format(Locale.ROOT,
					"Fits: BG/NBD %d evaluations in %.0f ms (converged: %s), Gamma-Gamma %d evaluations in %.0f ms "
							+ "(converged: %s).%n",
					this.bgNbd.evaluations(), this.bgNbdMillis, this.bgNbd.converged(), this.gammaGamma.evaluations(),
					this.gammaGammaMillis, this.gammaGamma.converged()));
			out.append(String.format(Locale.ROOT,
					"Holdout (39 weeks after the calibration period): %.1f repeat purchases predicted "
							+ "by the BG/NBD, %d observed.%n",
					this.predictedHoldout, this.actualHoldout));
			out.append(crossCheck()).append(passed() ? "\nResult: PASS\n" : "\nResult: FAIL\n");
			return out.toString();
		}

		private String crossCheck() {
			if (this.mismatches == null) {
				return "Per-customer x, t_x, T and zbar: not checked (" + SUMMARY_FILE + " not found).\n";
			}
			return this.mismatches.isEmpty()
					? "Per-customer x, t_x, T and zbar match " + SUMMARY_FILE + " for every customer.\n"
					: "Per-customer statistics differ from " + SUMMARY_FILE + " for ids " + this.mismatches + ".\n";
		}

	}

}
