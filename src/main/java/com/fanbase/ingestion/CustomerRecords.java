package com.fanbase.ingestion;

import java.time.Instant;
import java.util.List;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Customers. Consent flags change only when a row states them, and each change records
 * when it happened: the row's {@code email_consent_at} / {@code ads_consent_at}, or the
 * time of the push. {@code created_at} keeps the earliest value seen.
 */
@Component
class CustomerRecords extends RecordType {

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private static final String STAGING = """
			create temp table if not exists ingest_customers (
			    line bigint, id bigint, email text, phone text, phone_e164 text, first_name text,
			    last_name text, birth_date date, city text, country text, email_consent boolean,
			    email_consent_at timestamptz, ads_consent boolean, ads_consent_at timestamptz,
			    created_at timestamptz
			) on commit delete rows
			""";

	private static final String MERGE = """
			insert into customers as c (tenant_id, id, email, phone, phone_e164, first_name, last_name,
			    birth_date, city, country, email_consent, email_consent_at, ads_consent, ads_consent_at,
			    created_at, updated_at)
			select distinct on (s.id) :tenant, s.id, s.email, s.phone, s.phone_e164, s.first_name,
			    s.last_name, s.birth_date, s.city, s.country,
			    coalesce(s.email_consent, false),
			    case when s.email_consent is not null then coalesce(s.email_consent_at, :now) end,
			    coalesce(s.ads_consent, false),
			    case when s.ads_consent is not null then coalesce(s.ads_consent_at, :now) end,
			    coalesce(s.created_at, :now), :now
			from ingest_customers s
			order by s.id, s.line desc
			on conflict (tenant_id, id) do update set
			    email = excluded.email, phone = excluded.phone, phone_e164 = excluded.phone_e164,
			    first_name = excluded.first_name, last_name = excluded.last_name,
			    birth_date = excluded.birth_date, city = excluded.city, country = excluded.country,
			    email_consent = case when excluded.email_consent_at is null then c.email_consent
			        else excluded.email_consent end,
			    email_consent_at = case when excluded.email_consent_at is null
			        or excluded.email_consent = c.email_consent then c.email_consent_at
			        else excluded.email_consent_at end,
			    ads_consent = case when excluded.ads_consent_at is null then c.ads_consent
			        else excluded.ads_consent end,
			    ads_consent_at = case when excluded.ads_consent_at is null
			        or excluded.ads_consent = c.ads_consent then c.ads_consent_at
			        else excluded.ads_consent_at end,
			    created_at = least(c.created_at, excluded.created_at),
			    updated_at = excluded.updated_at
			where (c.email, c.phone, c.first_name, c.last_name, c.birth_date, c.city, c.country)
			        is distinct from (excluded.email, excluded.phone, excluded.first_name,
			        excluded.last_name, excluded.birth_date, excluded.city, excluded.country)
			    or (excluded.email_consent_at is not null and excluded.email_consent <> c.email_consent)
			    or (excluded.ads_consent_at is not null and excluded.ads_consent <> c.ads_consent)
			    or excluded.created_at < c.created_at
			""";

	private static final String CHANGED = RecordType.markChangedCustomers("ingest_customers", "id");

	CustomerRecords() {
		super(RecordKind.CUSTOMERS, "ingest_customers", STAGING, new Statements("", MERGE, List.of(CHANGED)));
	}

	@Override
	void stage(Fields row, CopyRows out, StagingContext context) {
		long id = row.requiredRowId("id");
		String email = row.email("email");
		String phone = row.text("phone");
		String firstName = row.text("first_name");
		String lastName = row.text("last_name");
		LocalDate birthDate = row.date("birth_date");
		if (birthDate != null && (birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(context.today()))) {
			row.error("birth_date", "must be between 1900-01-01 and today");
		}
		String city = row.text("city");
		String country = row.country("country");
		Boolean emailConsent = row.bool("email_consent");
		Instant emailConsentAt = row.instant("email_consent_at", false);
		Boolean adsConsent = row.bool("ads_consent");
		Instant adsConsentAt = row.instant("ads_consent_at", false);
		Instant createdAt = row.instant("created_at", false);
		if (row.valid()) {
			out.add(id).add(email).add(phone).add(Phones.toE164(phone, country)).add(firstName).add(lastName);
			out.add(birthDate).add(city).add(country).add(emailConsent).add(emailConsentAt).add(adsConsent);
			out.add(adsConsentAt).add(createdAt);
		}
	}

}
