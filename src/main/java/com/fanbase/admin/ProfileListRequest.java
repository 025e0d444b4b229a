package com.fanbase.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import com.fanbase.profiles.ProfileQuery;

/**
 * What the profile list was asked for, read leniently from the query string: an unknown
 * sort falls back to the default and a non-numeric minimum is ignored, since a page
 * should show something rather than an error.
 */
record ProfileListRequest(String search, String country, String genre, String minChurnRisk, String sort,
		boolean descending, int page) {

	/** Sortable columns of the list: sort field to heading. */
	static final Map<String, String> COLUMNS = columns();

	static ProfileListRequest of(Map<String, String> parameters) {
		String sort = parameters.getOrDefault("sort", "customer_id");
		if (!ProfileQuery.SORTABLE.contains(sort)) {
			sort = "customer_id";
		}
		String minChurn = trimmed(parameters.get("min_churn_risk"));
		if (minChurn != null && !minChurn.matches("\\d{1,3}")) {
			minChurn = null;
		}
		int page = 0;
		String pageText = parameters.getOrDefault("page", "0");
		if (pageText.matches("\\d{1,6}")) {
			page = Integer.parseInt(pageText);
		}
		return new ProfileListRequest(trimmed(parameters.get("q")), trimmed(parameters.get("country")),
				trimmed(parameters.get("genre")), minChurn, sort, "desc".equals(parameters.get("order")), page);
	}

	/** The list filters in {@code Profiles.FILTERS} terms. */
	Map<String, String> filters() {
		Map<String, String> filters = new LinkedHashMap<>();
		put(filters, "search", this.search);
		put(filters, "country", this.country);
		put(filters, "genre", this.genre);
		put(filters, "min_churn_risk", this.minChurnRisk);
		return filters;
	}

	/**
	 * This list sorted by a column: descending first, flipped when already sorted by it.
	 */
	public String sortedBy(String column) {
		boolean descending = !column.equals(this.sort) || !this.descending;
		return link(column, descending, 0);
	}

	public String atPage(int page) {
		return link(this.sort, this.descending, page);
	}

	/** {@code ascending}, {@code descending} or {@code none}, for {@code aria-sort}. */
	public String ariaSort(String column) {
		return !column.equals(this.sort) ? "none" : this.descending ? "descending" : "ascending";
	}

	private String link(String sort, boolean descending, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/profiles");
		query(uri, "q", this.search);
		query(uri, "country", this.country);
		query(uri, "genre", this.genre);
		query(uri, "min_churn_risk", this.minChurnRisk);
		uri.queryParam("sort", sort).queryParam("order", descending ? "desc" : "asc");
		if (page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static void query(UriComponentsBuilder uri, String name, String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static void put(Map<String, String> filters, String name, String value) {
		if (value != null) {
			filters.put(name, value);
		}
	}

	private static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		List.of("customer_id:Customer", "purchase_count:Purchases", "total_spent_cents:Spent",
				"engagement_score:Engagement", "churn_risk:Churn risk", "predicted_clv_cents:Predicted value",
				"last_purchase_at:Last purchase")
			.forEach(
					(pair) -> columns.put(pair.substring(0, pair.indexOf(':')), pair.substring(pair.indexOf(':') + 1)));
		return columns;
	}

}
