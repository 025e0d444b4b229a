package com.fanbase.profiles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * Keeps {@code profile_facts}, the narrow table that segment evaluation scans: the
 * criteria fields and the customer's reachability, city and country already trimmed and
 * lower-cased. The build statement writes each profile's facts as it upserts the profile
 * ({@link #upsertFrom}), and the scorer copies the scores it sets; rows that did not
 * change are left alone.
 */
@Component
public class ProfileFactsWriter {

	/**
	 * Copies the profiles of a relation ({@code customer_profiles}, or the rows a build
	 * statement just upserted) into the facts, joined with the customers.
	 */
	private static final String UPSERT = """
			insert into profile_facts as f (tenant_id, customer_id, purchase_count, total_spent_cents, avg_order_cents,
			    typical_price_cents, engagement_score, churn_risk, age, predicted_clv_cents, expected_purchases_90d,
			    last_purchase_at, customer_since, genre_names, event_type_names, preferred_days, city, country,
			    email_consent, ads_consent, has_email, has_phone)
			select p.tenant_id, p.customer_id, p.purchase_count, p.total_spent_cents, p.avg_order_cents,
			    (p.price_min_cents + p.price_max_cents) / 2, p.engagement_score, p.churn_risk, p.age,
			    p.predicted_clv_cents, p.expected_purchases_90d, p.last_purchase_at, c.created_at, p.genre_names,
			    p.event_type_names, p.preferred_days, lower(btrim(p.city)), lower(btrim(p.country)), c.email_consent,
			    c.ads_consent, c.email is not null, c.phone_e164 is not null
			from %s p join %s c on c.tenant_id = p.tenant_id and c.id = p.customer_id
			where p.tenant_id = :tenant
			on conflict (tenant_id, customer_id) do update set purchase_count = excluded.purchase_count,
			    total_spent_cents = excluded.total_spent_cents, avg_order_cents = excluded.avg_order_cents,
			    typical_price_cents = excluded.typical_price_cents, engagement_score = excluded.engagement_score,
			    churn_risk = excluded.churn_risk, age = excluded.age, predicted_clv_cents = excluded.predicted_clv_cents,
			    expected_purchases_90d = excluded.expected_purchases_90d, last_purchase_at = excluded.last_purchase_at,
			    customer_since = excluded.customer_since, genre_names = excluded.genre_names,
			    event_type_names = excluded.event_type_names, preferred_days = excluded.preferred_days,
			    city = excluded.city, country = excluded.country, email_consent = excluded.email_consent,
			    ads_consent = excluded.ads_consent, has_email = excluded.has_email, has_phone = excluded.has_phone
			where (f.purchase_count, f.total_spent_cents, f.avg_order_cents, f.typical_price_cents, f.engagement_score,
			    f.churn_risk, f.age, f.predicted_clv_cents, f.expected_purchases_90d, f.last_purchase_at,
			    f.customer_since, f.genre_names, f.event_type_names, f.preferred_days, f.city, f.country,
			    f.email_consent, f.ads_consent, f.has_email, f.has_phone)
			  is distinct from (excluded.purchase_count, excluded.total_spent_cents, excluded.avg_order_cents,
			    excluded.typical_price_cents, excluded.engagement_score, excluded.churn_risk, excluded.age,
			    excluded.predicted_clv_cents, excluded.expected_purchases_90d, excluded.last_purchase_at,
			    excluded.customer_since, excluded.genre_names, excluded.event_type_names, excluded.preferred_days,
			    excluded.city, excluded.country, excluded.email_consent, excluded.ads_consent, excluded.has_email,
			    excluded.has_phone)
			""";

	private final JdbcClient jdbc;

	ProfileFactsWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The statement that copies the rows of {@code profiles}, a relation shaped like
	 * {@code customer_profiles} (the build statement's upserted rows), into the facts,
	 * with the customer columns from {@code customers} (the statement's own scope of
	 * customers, so the join stays within it).
	 */
	static String upsertFrom(String profiles, String customers) {
		return UPSERT.formatted(profiles, customers);
	}

	/**
	 * Writes the facts of all the tenant's profiles from {@code customer_profiles}, then
	 * vacuums the table. Rebuilds write the facts as they build; this repairs or fills
	 * them when profiles were written some other way. Call outside a transaction.
	 */
	public long writeAll(TenantId tenant) {
		long written = this.jdbc.sql(UPSERT.formatted("customer_profiles", "customers"))
			.param("tenant", tenant.value())
			.update();
		vacuum();
		return written;
	}

	/**
	 * Vacuums and analyzes the facts after a rebuild rewrote them, so scans do not wade
	 * through the rows the updates left behind. Call outside a transaction.
	 */
	void vacuum() {
		this.jdbc.sql("vacuum (analyze) profile_facts").update();
	}

}
