package com.fanbase.ingestion;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Events. The type is an open vocabulary (concert, festival, theatre, ...) kept
 * lower-case, as are genres, so that segments and matching compare like with like;
 * artists keep their case.
 */
@Component
class EventRecords extends RecordType {

	static final Set<String> STATUSES = Set.of("scheduled", "cancelled", "postponed", "completed");

	private static final int MAX_TYPE = 50;

	private static final String STAGING = """
			create temp table if not exists ingest_events (
			    line bigint, id bigint, name text, event_type text, genres text[], artists text[],
			    venue_name text, city text, country text, starts_at timestamptz, min_price_cents bigint,
			    max_price_cents bigint, currency text, status text
			) on commit delete rows
			""";

	private static final String MERGE = """
			insert into events as e (tenant_id, id, name, event_type, genres, artists, venue_name, city,
			    country, starts_at, min_price_cents, max_price_cents, currency, status, updated_at)
			select distinct on (s.id) :tenant, s.id, s.name, s.event_type, s.genres, s.artists,
			    s.venue_name, s.city, s.country, s.starts_at, s.min_price_cents, s.max_price_cents,
			    s.currency, s.status, :now
			from ingest_events s
			order by s.id, s.line desc
			on conflict (tenant_id, id) do update set
			    name = excluded.name, event_type = excluded.event_type, genres = excluded.genres,
			    artists = excluded.artists, venue_name = excluded.venue_name, city = excluded.city,
			    country = excluded.country, starts_at = excluded.starts_at,
			    min_price_cents = excluded.min_price_cents, max_price_cents = excluded.max_price_cents,
			    currency = excluded.currency, status = excluded.status, updated_at = excluded.updated_at
			where (e.name, e.event_type, e.genres, e.artists, e.venue_name, e.city, e.country,
			        e.starts_at, e.min_price_cents, e.max_price_cents, e.currency, e.status)
			    is distinct from (excluded.name, excluded.event_type, excluded.genres, excluded.artists,
			        excluded.venue_name, excluded.city, excluded.country, excluded.starts_at,
			        excluded.min_price_cents, excluded.max_price_cents, excluded.currency, excluded.status)
			returning e.id
			""";

	EventRecords() {
		super(RecordKind.EVENTS, "ingest_events", STAGING, new Statements("", MERGE, List.of()));
	}

	@Override
	boolean announcesChanges() {
		return true;
	}

	@Override
	void stage(Fields row, CopyRows out, StagingContext context) {
		long id = row.requiredRowId("id");
		String name = row.requiredText("name");
		String type = row.requiredText("event_type");
		if (type != null && type.length() > MAX_TYPE) {
			row.error("event_type", "must be at most " + MAX_TYPE + " characters");
		}
		List<String> genres = row.list("genres", true);
		List<String> artists = row.list("artists", false);
		String venue = row.text("venue_name");
		String city = row.text("city");
		String country = row.country("country");
		Instant startsAt = row.instant("starts_at", true);
		Long minPrice = row.nonNegative("min_price_cents");
		Long maxPrice = row.nonNegative("max_price_cents");
		if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
			row.error("max_price_cents", "must not be below min_price_cents");
		}
		String currency = row.currency("currency");
		String status = row.oneOf("status", STATUSES, false);
		if (row.valid()) {
			out.add(id).add(name).add(type.toLowerCase(Locale.ROOT)).add(genres).add(artists);
			out.add(venue).add(city).add(country).add(startsAt).add(minPrice).add(maxPrice);
			out.add((currency != null) ? currency : context.currency()).add((status != null) ? status : "scheduled");
		}
	}

}
