package com.fanbase.ingestion;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Orders. An order must refer to a customer and an event the tenant already has;
 * otherwise the row is rejected rather than kept as a dangling reference.
 */
@Component
class OrderRecords extends RecordType {

	static final Set<String> STATUSES = Set.of("paid", "refunded", "cancelled");

	private static final String STAGING = """
			create temp table if not exists ingest_orders (
			    line bigint, id bigint, customer_id bigint, event_id bigint, total_cents bigint,
			    currency text, tickets integer, status text, placed_at timestamptz
			) on commit delete rows
			""";

	// "offset 0" keeps each check a per-row index probe: without it PostgreSQL 17 may
	// hash the
	// tenant's whole customers table for every batch (400 ms instead of 23 ms at 1M
	// customers).
	private static final String UNRESOLVED = """
			delete from ingest_orders s
			where not exists (select 1 from customers c where c.tenant_id = :tenant and c.id = s.customer_id offset 0)
			   or not exists (select 1 from events e where e.tenant_id = :tenant and e.id = s.event_id offset 0)
			returning s.line, s.id, array_remove(array[
			    case when not exists (select 1 from customers c
			        where c.tenant_id = :tenant and c.id = s.customer_id) then 'customer_id' end,
			    case when not exists (select 1 from events e
			        where e.tenant_id = :tenant and e.id = s.event_id) then 'event_id' end], null) as missing
			""";

	private static final String MERGE = """
			insert into orders as o (tenant_id, id, customer_id, event_id, total_cents, currency, tickets,
			    status, placed_at, updated_at)
			select distinct on (s.id) :tenant, s.id, s.customer_id, s.event_id, s.total_cents, s.currency,
			    s.tickets, s.status, s.placed_at, :now
			from ingest_orders s
			order by s.id, s.line desc
			on conflict (tenant_id, id) do update set
			    customer_id = excluded.customer_id, event_id = excluded.event_id,
			    total_cents = excluded.total_cents, currency = excluded.currency,
			    tickets = excluded.tickets, status = excluded.status, placed_at = excluded.placed_at,
			    updated_at = excluded.updated_at
			where (o.customer_id, o.event_id, o.total_cents, o.currency, o.tickets, o.status, o.placed_at)
			    is distinct from (excluded.customer_id, excluded.event_id, excluded.total_cents,
			        excluded.currency, excluded.tickets, excluded.status, excluded.placed_at)
			returning o.id
			""";

	private static final String CHANGED = RecordType.markChangedCustomers("ingest_orders", "customer_id");

	OrderRecords() {
		super(RecordKind.ORDERS, "ingest_orders", STAGING, new Statements(UNRESOLVED, MERGE, List.of(CHANGED)));
	}

	@Override
	boolean announcesChanges() {
		return true;
	}

	@Override
	void stage(Fields row, CopyRows out, StagingContext context) {
		long id = row.requiredRowId("id");
		long customerId = row.requiredId("customer_id");
		long eventId = row.requiredId("event_id");
		Long total = row.nonNegative("total_cents");
		if (total == null && !row.has("total_cents")) {
			row.error("total_cents", "is required");
		}
		String currency = row.currency("currency");
		Long tickets = row.nonNegative("tickets");
		if (tickets != null && (tickets < 1 || tickets > 100_000)) {
			row.error("tickets", "must be between 1 and 100000");
		}
		String status = row.oneOf("status", STATUSES, true);
		Instant placedAt = row.instant("placed_at", true);
		if (row.valid()) {
			out.add(id).add(customerId).add(eventId).add(total).add((currency != null) ? currency : context.currency());
			out.add((tickets != null) ? tickets : 1L).add(status).add(placedAt);
		}
	}

}
