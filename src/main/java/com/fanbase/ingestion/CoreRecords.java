package com.fanbase.ingestion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.database.JsonRows;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * Reads back what was ingested, always within one tenant, as JSON-ready maps in the
 * ingestion field names. Lists page by id ({@code after_id}), which stays fast at any
 * depth.
 */
@Component
public class CoreRecords {

	private static final String CUSTOMER = """
			select id, email, phone, phone_e164, first_name, last_name, birth_date, city, country,
			    email_consent, email_consent_at, ads_consent, ads_consent_at, created_at, updated_at
			from customers where tenant_id = :tenant
			""";

	private static final String EVENT = """
			select id, name, event_type, genres, artists, venue_name, city, country, starts_at,
			    min_price_cents, max_price_cents, currency, status, updated_at
			from events where tenant_id = :tenant
			""";

	private static final String ORDER = """
			select id, customer_id, event_id, total_cents, currency, tickets, status, placed_at, updated_at
			from orders where tenant_id = :tenant
			""";

	private static final String WATCHLIST = """
			select event_id, added_at from watchlist
			where tenant_id = :tenant and customer_id = :customer order by added_at desc, event_id
			""";

	private final JdbcClient jdbc;

	CoreRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Map<String, Object>> customer(TenantId tenant, long id) {
		return one(CUSTOMER, tenant, id).map((customer) -> {
			customer.put("watchlist",
					this.jdbc.sql(WATCHLIST)
						.param("tenant", tenant.value())
						.param("customer", id)
						.query(JsonRows::map)
						.list());
			return customer;
		});
	}

	public List<Map<String, Object>> customers(TenantId tenant, long afterId, int limit) {
		return page(CUSTOMER, "", tenant, afterId, limit, Map.of());
	}

	public Optional<Map<String, Object>> event(TenantId tenant, long id) {
		return one(EVENT, tenant, id);
	}

	public List<Map<String, Object>> events(TenantId tenant, long afterId, int limit) {
		return page(EVENT, "", tenant, afterId, limit, Map.of());
	}

	/**
	 * A page of events for people to browse: upcoming ones first (soonest first), then
	 * past ones (latest first), optionally only those whose name contains
	 * {@code nameContains}.
	 */
	public List<Map<String, Object>> eventsByDate(TenantId tenant, String nameContains, int offset, int limit) {
		String pattern = (nameContains == null || nameContains.isBlank()) ? null
				: "%" + nameContains.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql(EVENT + """
				 and (cast(:pattern as text) is null or name ilike :pattern)
				order by (starts_at is null or starts_at < now()),
				    case when starts_at >= now() then starts_at end, starts_at desc nulls last, id
				offset :offset limit :limit
				""")
			.param("tenant", tenant.value())
			.param("pattern", pattern)
			.param("offset", offset)
			.param("limit", limit)
			.query(JsonRows::map)
			.list();
	}

	public Optional<Map<String, Object>> order(TenantId tenant, long id) {
		return one(ORDER, tenant, id);
	}

	/** Orders, optionally only those of one customer and/or one event. */
	public List<Map<String, Object>> orders(TenantId tenant, Long customerId, Long eventId, long afterId, int limit) {
		String filter = ((customerId != null) ? " and customer_id = :customer" : "")
				+ ((eventId != null) ? " and event_id = :event" : "");
		Map<String, Object> params = new HashMap<>();
		if (customerId != null) {
			params.put("customer", customerId);
		}
		if (eventId != null) {
			params.put("event", eventId);
		}
		return page(ORDER, filter, tenant, afterId, limit, params);
	}

	private Optional<Map<String, Object>> one(String select, TenantId tenant, long id) {
		return this.jdbc.sql(select + " and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.query(JsonRows::map)
			.optional();
	}

	private List<Map<String, Object>> page(String select, String filter, TenantId tenant, long afterId, int limit,
			Map<String, Object> params) {
		return this.jdbc.sql(select + filter + " and id > :after order by id limit :limit")
			.params(params)
			.param("tenant", tenant.value())
			.param("after", afterId)
			.param("limit", limit)
			.query(JsonRows::map)
			.list();
	}

}
