package com.fanbase.ingestion.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.ingestion.CoreRecords;
import com.fanbase.ingestion.RecordNotFoundException;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * Reads back the core's data as Fanbase holds it, so an integrator can check a push.
 */
@RestController
@RequestMapping("/api/audience")
class CoreRecordsController {

	private static final int MAX_LIMIT = 1000;

	private final CoreRecords records;

	CoreRecordsController(CoreRecords records) {
		this.records = records;
	}

	@GetMapping("/customers/{id}")
	Map<String, Object> customer(@Parameter(hidden = true) TenantId tenant, @PathVariable long id) {
		return this.records.customer(tenant, id).orElseThrow(() -> new RecordNotFoundException("customer", id));
	}

	@GetMapping("/customers")
	Page customers(@Parameter(hidden = true) TenantId tenant,
			@RequestParam(name = "after_id", defaultValue = "0") long afterId,
			@RequestParam(defaultValue = "100") int limit) {
		return Page.of(this.records.customers(tenant, afterId, checked(limit)), limit);
	}

	@GetMapping("/events/{id}")
	Map<String, Object> event(@Parameter(hidden = true) TenantId tenant, @PathVariable long id) {
		return this.records.event(tenant, id).orElseThrow(() -> new RecordNotFoundException("event", id));
	}

	@GetMapping("/events")
	Page events(@Parameter(hidden = true) TenantId tenant,
			@RequestParam(name = "after_id", defaultValue = "0") long afterId,
			@RequestParam(defaultValue = "100") int limit) {
		return Page.of(this.records.events(tenant, afterId, checked(limit)), limit);
	}

	@GetMapping("/orders/{id}")
	Map<String, Object> order(@Parameter(hidden = true) TenantId tenant, @PathVariable long id) {
		return this.records.order(tenant, id).orElseThrow(() -> new RecordNotFoundException("order", id));
	}

	@GetMapping("/orders")
	Page orders(@Parameter(hidden = true) TenantId tenant,
			@RequestParam(name = "customer_id", required = false) Long customerId,
			@RequestParam(name = "event_id", required = false) Long eventId,
			@RequestParam(name = "after_id", defaultValue = "0") long afterId,
			@RequestParam(defaultValue = "100") int limit) {
		return Page.of(this.records.orders(tenant, customerId, eventId, afterId, checked(limit)), limit);
	}

	private static int checked(int limit) {
		new Violations().check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
			.throwIfAny();
		return limit;
	}

	/**
	 * One page of records; {@code next_after_id} is set when there may be more.
	 */
	record Page(List<Map<String, Object>> items, Long nextAfterId) {

		static Page of(List<Map<String, Object>> items, int limit) {
			Long next = (items.size() == limit) ? (Long) items.get(items.size() - 1).get("id") : null;
			return new Page(items, next);
		}

	}

}
