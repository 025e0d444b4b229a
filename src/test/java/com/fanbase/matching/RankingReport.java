package com.fanbase.matching;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The markdown of a ranking evaluation. */
final class RankingReport {

	private RankingReport() {
	}

	static String render(List<String> sections) {
		return """
				# Recommendation ranking quality

				Replays history (`bench/recommendation-quality.sh`, runner
				`src/test/java/com/fanbase/matching/RankingEvaluation.java`). For each data set the cutoff leaves
				the last %d%% of purchases after it; every customer and event is loaded, but only the orders and
				activities before the cutoff, and profiles are rebuilt as of the cutoff. Held-out events are those
				that went on sale (first purchase or RSVP) after it; for each, the service's generator scores every
				customer and its ranking is compared with the customers who actually bought. Metrics are averaged
				over events (binary relevance). Rankings: the service with the seed's weights; the service with
				the weights learned by the tenant's own back-test (fitted on its history before the cutoff only;
				the service uses them when that back-test says they beat the seed's, see the line under each
				table); the strong simple baselines, past attendance of the event's artists (count of earlier
				events of them the customer bought for) then activity, and, where events have genres, the
				profile's weight of the event's genres then activity; the most active customers first (purchase
				count, then most recent purchase) and a random order (seeded per event).

				""".formatted((int) (RankingEvaluation.HELD_OUT * 100)) + String.join("\n", sections);
	}

	static String section(Replay replay, long buyers, Map<String, RankingMetrics.Tally> tallies, double seconds,
			WeightFitter.Fit fit, double fitSeconds) {
		int events = replay.buyers().size();
		StringBuilder md = new StringBuilder("## " + replay.name() + "\n\n");
		md.append(String.format(Locale.ROOT,
				"%,d customers; cutoff %s; %,d held-out events with %,d buyers (%.1f per event); %.0f s.%n%n",
				replay.customers(), DateTimeFormatter.ISO_INSTANT.format(replay.cutoff()), events, buyers,
				(events == 0) ? 0.0 : buyers / (double) events, seconds));
		md.append("| ranking |");
		for (int k : RankingEvaluation.KS) {
			md.append(" P@%d | R@%d | NDCG@%d |".formatted(k, k, k));
		}
		md.append("\n|---|").append("---|---|---|".repeat(RankingEvaluation.KS.length)).append('\n');
		tallies.forEach((name, tally) -> {
			md.append("| ").append(name).append(" |");
			for (int i = 0; i < RankingEvaluation.KS.length; i++) {
				for (double value : tally.means(i)) {
					md.append(String.format(Locale.ROOT, " %.4f |", value));
				}
			}
			md.append('\n');
		});
		md.append('\n').append(backtest(fit, fitSeconds)).append('\n');
		return md.toString();
	}

	/**
	 * The tenant's own back-test, as the service runs it before it uses learned weights.
	 */
	static String backtest(WeightFitter.Fit fit, double seconds) {
		if (fit.error() != null) {
			return "Back-test: no learned weights (" + fit.error() + ").\n";
		}
		StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
				"Back-test on the tenant's own history before the cutoff (cutoff %s, %d events, %.0f s): "
						+ "NDCG@100 seed %.4f, learned %.4f, so the service uses the %s weights. Learned points:",
				DateTimeFormatter.ISO_INSTANT.format(fit.cutoff()), fit.events(), seconds, fit.seedNdcg(),
				fit.learnedNdcg(), fit.better() ? "learned" : "seed"));
		for (Factor factor : Factor.values()) {
			md.append(String.format(Locale.ROOT, " %s %.1f+%.1f", factor.reason(), fit.weights().match(factor),
					fit.weights().strength(factor)));
		}
		return md.append(" (match+strength).\n").toString();
	}

}
