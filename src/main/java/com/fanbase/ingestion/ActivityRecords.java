package com.fanbase.ingestion;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Activities: page and event views, cart adds, watchlist changes and email engagement. An
 * activity without a core id gets a negative id derived from its content, so pushing it
 * again does not count it twice. After each batch the watchlist of the touched
 * customer–event pairs is recomputed from their latest add or remove.
 */
@Component
class ActivityRecords extends RecordType {

	static final Set<String> TYPES = Set.of("page_view", "event_view", "add_to_cart", "watchlist_add",
			"watchlist_remove", "email_open", "email_click");

	private static final Set<String> NEEDS_EVENT = Set.of("event_view", "add_to_cart", "watchlist_add",
			"watchlist_remove");

	private static final String STAGING = """
			create temp table if not exists ingest_activities (
			    line bigint, id bigint, customer_id bigint, type text, event_id bigint,
			    occurred_at timestamptz
			) on commit delete rows
			""";

	// "offset 0" keeps each check a per-row index probe: without it PostgreSQL 17 may
	// hash the
	// tenant's whole customers table for every batch (400 ms instead of 23 ms at 1M
	// customers).
	private static final String UNRESOLVED = """
			delete from ingest_activities s
			where not exists (select 1 from customers c where c.tenant_id = :tenant and c.id = s.customer_id offset 0)
			   or (s.event_id is not null
			       and not exists (select 1 from events e where e.tenant_id = :tenant and e.id = s.event_id offset 0))
			returning s.line, s.id, array_remove(array[
			    case when not exists (select 1 from customers c
			        where c.tenant_id = :tenant and c.id = s.customer_id) then 'customer_id' end,
			    case when s.event_id is not null and not exists (select 1 from events e
			        where e.tenant_id = :tenant and e.id = s.event_id) then 'event_id' end], null) as missing
			""";

	private static final String MERGE = """
			insert into activities as a (tenant_id, id, customer_id, type, event_id, occurred_at)
			select distinct on (s.id) :tenant, s.id, s.customer_id, s.type, s.event_id, s.occurred_at
			from ingest_activities s
			order by s.id, s.line desc
			on conflict (tenant_id, id) do update set
			    customer_id = excluded.customer_id, type = excluded.type, event_id = excluded.event_id,
			    occurred_at = excluded.occurred_at
			where (a.customer_id, a.type, a.event_id, a.occurred_at)
			    is distinct from (excluded.customer_id, excluded.type, excluded.event_id, excluded.occurred_at)
			""";

	private static final String WATCHLIST = """
			with touched as (
			    select distinct customer_id, event_id from ingest_activities
			    where type in ('watchlist_add', 'watchlist_remove')
			), latest as (
			    select distinct on (a.customer_id, a.event_id) a.customer_id, a.event_id, a.type, a.occurred_at
			    from activities a
			    join touched t on t.customer_id = a.customer_id and t.event_id = a.event_id
			    where a.tenant_id = :tenant and a.type in ('watchlist_add', 'watchlist_remove')
			    order by a.customer_id, a.event_id, a.occurred_at desc, a.id desc
			), removed as (
			    delete from watchlist w using latest l
			    where w.tenant_id = :tenant and w.customer_id = l.customer_id and w.event_id = l.event_id
			      and l.type = 'watchlist_remove'
			)
			insert into watchlist (tenant_id, customer_id, event_id, added_at)
			select :tenant, customer_id, event_id, occurred_at from latest where type = 'watchlist_add'
			order by customer_id, event_id
			on conflict (tenant_id, customer_id, event_id) do update set added_at = excluded.added_at
			""";

	private static final String CHANGED = RecordType.markChangedCustomers("ingest_activities", "customer_id");

	ActivityRecords() {
		super(RecordKind.ACTIVITIES, "ingest_activities", STAGING,
				new Statements(UNRESOLVED, MERGE, List.of(WATCHLIST, CHANGED)));
	}

	@Override
	void stage(Fields row, CopyRows out, StagingContext context) {
		Long id = row.optionalRowId("id");
		long customerId = row.requiredId("customer_id");
		String type = row.oneOf("type", TYPES, true);
		Long eventId = row.optionalId("event_id");
		if (eventId == null && type != null && NEEDS_EVENT.contains(type) && !row.has("event_id")) {
			row.error("event_id", "is required for " + type);
		}
		Instant occurredAt = row.instant("occurred_at", true);
		if (row.valid()) {
			long key = (id != null) ? id : contentId(customerId, type, eventId, occurredAt);
			out.add(key).add(customerId).add(type).add(eventId).add(occurredAt);
		}
	}

	/** A stable negative id for an activity the core sent without one. */
	static long contentId(long customerId, String type, Long eventId, Instant occurredAt) {
		long hash = mix(customerId);
		hash = mix(hash ^ type.hashCode());
		hash = mix(hash ^ ((eventId != null) ? eventId : -1L));
		hash = mix(hash ^ occurredAt.getEpochSecond());
		hash = mix(hash ^ occurredAt.getNano());
		return -1 - (hash & (Long.MAX_VALUE - 1));
	}

	/** The finaliser of SplitMix64: a cheap, well-distributed 64-bit mix. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
