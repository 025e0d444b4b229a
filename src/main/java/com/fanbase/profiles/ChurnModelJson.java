package com.fanbase.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.fanbase.profiles.model.BgNbdParameters;
import com.fanbase.profiles.model.ChurnBacktest;
import com.fanbase.profiles.model.ChurnCandidate;
import com.fanbase.profiles.model.ChurnModel;
import com.fanbase.profiles.model.LogisticRegression.LogisticFit;

/**
 * The stored forms of a tenant's churn model (to score with between rebuilds) and of its
 * back-test (what {@code GET /profiles/model} and the admin show, with a sentence for
 * each figure).
 */
final class ChurnModelJson {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ChurnModelJson() {
	}

	static String write(ChurnModel model) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("chosen", model.chosen().wireName());
		map.put("chosen_one_time_buyers", model.chosenOneTime().wireName());
		map.put("expectations", model.expectations().wireName());
		map.put("horizon_days", model.horizonDays());
		map.put("mbgnbd", List.of(model.mbgNbd().r(), model.mbgNbd().alpha(), model.mbgNbd().a(), model.mbgNbd().b()));
		map.put("classifier", fit(model.classifier()));
		map.put("blend", fit(model.blend()));
		map.put("recency", fit(model.recency()));
		return json.writeValueAsString(map);
	}

	static ChurnModel read(String text, BgNbdParameters bgNbd) {
		JsonNode node = json.readTree(text);
		JsonNode m = node.path("mbgnbd");
		return new ChurnModel(ChurnCandidate.fromWireName(node.path("chosen").asString()),
				ChurnCandidate.fromWireName(node.path("chosen_one_time_buyers").asString()),
				ChurnCandidate.fromWireName(node.path("expectations").asString()), bgNbd,
				new BgNbdParameters(m.get(0).asDouble(), m.get(1).asDouble(), m.get(2).asDouble(), m.get(3).asDouble()),
				fit(node.path("classifier")), fit(node.path("blend")), fit(node.path("recency")),
				node.path("horizon_days").asDouble());
	}

	private static Map<String, Object> fit(LogisticFit fit) {
		if (fit == null) {
			return null;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("means", fit.means());
		map.put("scales", fit.scales());
		map.put("coefficients", fit.coefficients());
		return map;
	}

	private static LogisticFit fit(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		return new LogisticFit(doubles(node.path("means")), doubles(node.path("scales")),
				doubles(node.path("coefficients")), true);
	}

	private static double[] doubles(JsonNode array) {
		double[] values = new double[array.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = array.get(i).asDouble();
		}
		return values;
	}

	/** The back-test as the API shows it. */
	static String report(ChurnBacktest.Result result, java.time.Instant cutoff, int horizonDays) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("cutoff", cutoff.toString());
		map.put("horizon_days", horizonDays);
		map.put("customers", result.customers());
		map.put("churned", result.churned());
		map.put("one_time_buyers", result.oneTimeBuyers());
		ChurnBacktest.CandidateResult recency = result.result(ChurnCandidate.RECENCY);
		map.put("recency_auc", number(recency.auc()));
		map.put("recency_auc_one_time_buyers", number(recency.aucOneTimeBuyers()));
		map.put("chosen", result.chosen().repeatBuyers().wireName());
		map.put("chosen_one_time_buyers", result.chosen().oneTimeBuyers().wireName());
		map.put("chosen_auc", number(result.chosen().auc()));
		map.put("chosen_auc_one_time_buyers", number(result.chosen().aucOneTimeBuyers()));
		map.put("beats_recency", result.chosen().beatsRecency());
		List<Map<String, Object>> candidates = new ArrayList<>();
		for (ChurnBacktest.CandidateResult candidate : result.candidates()) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("name", candidate.candidate().wireName());
			c.put("auc", number(candidate.auc()));
			c.put("auc_one_time_buyers", number(candidate.aucOneTimeBuyers()));
			c.put("selectable", candidate.candidate().selectable());
			c.put("chosen", candidate.candidate() == result.chosen().repeatBuyers()
					|| candidate.candidate() == result.chosen().oneTimeBuyers());
			c.put("description", describe(candidate.candidate(), horizonDays));
			candidates.add(c);
		}
		map.put("candidates", candidates);
		Map<String, Object> expectations = new LinkedHashMap<>();
		expectations.put("model", result.expectationsModel().wireName());
		expectations.put("recency_spearman", number(result.recencySpearman()));
		result.expectations().forEach((candidate, e) -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("spearman", number(e.spearman()));
			m.put("predicted", number(e.predicted()));
			m.put("actual", number(e.actual()));
			m.put("band_error", number(e.error()));
			List<Map<String, Object>> bands = new ArrayList<>();
			for (ChurnBacktest.Band band : e.bands()) {
				Map<String, Object> b = new LinkedHashMap<>();
				b.put("from", band.from());
				b.put("to", band.to());
				b.put("customers", band.customers());
				b.put("predicted", number(band.predicted()));
				b.put("actual", number(band.actual()));
				bands.add(b);
			}
			m.put("bands", bands);
			expectations.put(candidate.wireName(), m);
		});
		map.put("expected_purchases", expectations);
		return json.writeValueAsString(map);
	}

	/** What a candidate's churn figure means, in a sentence. */
	static String describe(ChurnCandidate candidate, int horizonDays) {
		return switch (candidate) {
			case RECENCY -> "Days since the last purchase: the longer ago, the higher the risk.";
			case BGNBD_P_ALIVE -> "1 minus the BG/NBD's chance that the customer is still active (the old churn risk; "
					+ "every one-time buyer gets 0, so it is never chosen).";
			case BGNBD ->
				"The BG/NBD's probability that the customer buys nothing in the next " + horizonDays + " days.";
			case MBGNBD -> "The MBG/NBD's probability that the customer buys nothing in the next " + horizonDays
					+ " days; unlike the BG/NBD it lets customers drop out after their first purchase.";
			case CLASSIFIER ->
				"A classifier trained on this tenant's history: the probability of no purchase in the next "
						+ horizonDays + " days from recency, frequency, tenure, spend, recent activity and season.";
			case BLEND -> "The classifier with the MBG/NBD's estimate as one more input.";
		};
	}

	/** The sentence that says what drives the tenant's churn risk. */
	static String note(String chosen, String chosenOneTime, Double auc, Double recencyAuc, int horizonDays) {
		if ("heuristic".equals(chosen)) {
			return "Too little history for a back-test (it needs at least " + ChurnBacktest.MIN_CUSTOMERS + " buyers "
					+ horizonDays + " days before the rebuild, at least " + ChurnBacktest.MIN_EACH_OUTCOME
					+ " who bought again and as many who did not, and " + ProfileModeler.MIN_REPEAT_BUYERS
					+ " repeat buyers): churn risk comes from each buyer's own purchase rate.";
		}
		if ("recency".equals(chosen)) {
			return String.format(java.util.Locale.ROOT,
					"No model beat plain recency in the back-test (recency AUC %.3f), so churn risk follows days since the last purchase.",
					recencyAuc);
		}
		return String.format(java.util.Locale.ROOT,
				"Churn risk is the probability that the customer buys nothing in the next %d days, from the %s for repeat buyers and the %s for one-time buyers, which together beat plain recency in the back-test (AUC %.3f against %.3f).",
				horizonDays, label(chosen), label(chosenOneTime), auc, recencyAuc);
	}

	private static String label(String candidate) {
		return switch (candidate) {
			case "bgnbd" -> "BG/NBD";
			case "mbgnbd" -> "MBG/NBD";
			case "classifier" -> "classifier trained on this tenant's history";
			case "blend" -> "blend of the classifier and the MBG/NBD";
			default -> candidate;
		};
	}

	private static Double number(double value) {
		return Double.isFinite(value) ? value : null;
	}

}
