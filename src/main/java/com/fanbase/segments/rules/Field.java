package com.fanbase.segments.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog of fields criteria may name: the allow-list that is the only source of SQL
 * in a compiled condition. Each field has its API name, its kind (and so its operators)
 * and its SQL over {@code profile_facts p}, the narrow projection of the profile and the
 * customer's reachability (see {@link RuleCompiler} for the query around it).
 * <p>
 * Money is compared in major units of the tenant's currency ({@code 100} is 100.00)
 * against the cent columns, by scaling the bound value, never the column.
 */
public enum Field {

	TOTAL_SPENT("total_spent", FieldKind.NUMBER, "p.total_spent_cents", Trait.CENTS),

	AVG_ORDER("avg_order", FieldKind.NUMBER, "p.avg_order_cents", Trait.CENTS, Trait.NULLABLE),

	PURCHASE_COUNT("purchase_count", FieldKind.NUMBER, "p.purchase_count"),

	ENGAGEMENT_SCORE("engagement_score", FieldKind.NUMBER, "p.engagement_score"),

	CHURN_RISK("churn_risk", FieldKind.NUMBER, "p.churn_risk", Trait.NULLABLE),

	AGE("age", FieldKind.NUMBER, "p.age", Trait.NULLABLE),

	PREDICTED_CLV("predicted_clv", FieldKind.NUMBER, "p.predicted_clv_cents", Trait.CENTS, Trait.NULLABLE),

	EXPECTED_PURCHASES_90D("expected_purchases_90d", FieldKind.NUMBER, "p.expected_purchases_90d", Trait.REAL,
			Trait.NULLABLE),

	/** Whole days (of 86,400 s) from the last paid purchase to the evaluation time. */
	DAYS_SINCE_LAST_PURCHASE("days_since_last_purchase", FieldKind.NUMBER,
			"floor(extract(epoch from (:as_of::timestamptz - p.last_purchase_at)) / 86400)", Trait.NULLABLE),

	LAST_PURCHASE("last_purchase", FieldKind.RECENCY, "p.last_purchase_at", Trait.NULLABLE),

	CUSTOMER_SINCE("customer_since", FieldKind.RECENCY, "p.customer_since"),

	GENRES("genres", FieldKind.NAME_SET, "p.genre_names"),

	EVENT_TYPES("event_types", FieldKind.NAME_SET, "p.event_type_names"),

	/**
	 * Artists keep their case in the profile, so both sides are lower-cased. They are
	 * read from the wide profile row, which keeps them out of the narrow facts every scan
	 * reads.
	 */
	ARTISTS("artists", FieldKind.NAME_SET,
			"(select array(select lower(a) from unnest(w.artists) a) from customer_profiles w"
					+ " where w.tenant_id = p.tenant_id and w.customer_id = p.customer_id)",
			Trait.FOLDS_CASE),

	PREFERRED_DAYS("preferred_days", FieldKind.NAME_SET, "p.preferred_days", Trait.WEEKDAYS),

	/** The body of a subquery; {@code %s} is the bound array of event ids. */
	ATTENDED_EVENT("attended_event", FieldKind.EVENT_SET,
			"from orders o where o.tenant_id = p.tenant_id and o.customer_id = p.customer_id"
					+ " and o.status = 'paid' and o.event_id = any(%s::bigint[])"),

	CITY("city", FieldKind.PLACE, "p.city", Trait.NULLABLE),

	COUNTRY("country", FieldKind.PLACE, "p.country", Trait.NULLABLE, Trait.COUNTRY_CODE),

	EMAIL_CONSENT("email_consent", FieldKind.FLAG, "p.email_consent"),

	ADS_CONSENT("ads_consent", FieldKind.FLAG, "p.ads_consent"),

	HAS_EMAIL("has_email", FieldKind.FLAG, "p.has_email"),

	HAS_PHONE("has_phone", FieldKind.FLAG, "p.has_phone"),

	/** {@code %s} is the bound segment id. */
	IN_SEGMENT("in_segment", FieldKind.SEGMENT,
			"exists (select 1 from audience_segment_customers s"
					+ " where s.tenant_id = p.tenant_id and s.segment_id = %s and s.customer_id = p.customer_id)"),

	/** {@code %s} is the bound segment id. */
	NOT_IN_SEGMENT("not_in_segment", FieldKind.SEGMENT, "not exists (select 1 from audience_segment_customers s"
			+ " where s.tenant_id = p.tenant_id and s.segment_id = %s and s.customer_id = p.customer_id)");

	/** The three-letter day names of {@code customer_profiles.preferred_days}. */
	public static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

	private static final Map<String, Field> BY_NAME = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(Field::apiName, Function.identity()));

	private final String apiName;

	private final FieldKind kind;

	private final String sql;

	private final Set<Trait> traits;

	Field(String apiName, FieldKind kind, String sql, Trait... traits) {
		this.apiName = apiName;
		this.kind = kind;
		this.sql = sql;
		this.traits = traits.length == 0 ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(List.of(traits));
	}

	public static Optional<Field> byName(String apiName) {
		return Optional.ofNullable(BY_NAME.get(apiName));
	}

	/** The field as written in criteria JSON. */
	public String apiName() {
		return this.apiName;
	}

	public FieldKind kind() {
		return this.kind;
	}

	public Set<Operator> operators() {
		return this.kind.operators();
	}

	/** The field's SQL: an expression, or for subquery fields a template. */
	public String sql() {
		return this.sql;
	}

	/** Whether the SQL can be null, so a comparison must not leak SQL's unknown. */
	public boolean nullable() {
		return this.traits.contains(Trait.NULLABLE);
	}

	boolean has(Trait trait) {
		return this.traits.contains(trait);
	}

	/** What the compiler, the evaluator and the validator need beyond the kind. */
	enum Trait {

		/** Can be null: a customer without a value matches no comparison. */
		NULLABLE,

		/** Stored in cents, compared in major units. */
		CENTS,

		/** Stored as {@code double precision}: compared as a double. */
		REAL,

		/** Stored with its case; both sides are lower-cased. */
		FOLDS_CASE,

		/** Values must be one of {@link Field#WEEKDAYS}. */
		WEEKDAYS,

		/** Values must be ISO 3166-1 alpha-2 codes. */
		COUNTRY_CODE

	}

}
