package com.fanbase.profiles.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.jobs.Job;
import com.fanbase.profiles.ProfileNotFoundException;
import com.fanbase.profiles.ProfileQuery;
import com.fanbase.profiles.ProfileRebuilds;
import com.fanbase.profiles.Profiles;
import com.fanbase.tenants.TenantAccess;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

@RestController
@RequestMapping("/api/audience/profiles")
class ProfileController {

	private final Profiles profiles;

	private final ProfileRebuilds rebuilds;

	private final TenantAccess access;

	ProfileController(Profiles profiles, ProfileRebuilds rebuilds, TenantAccess access) {
		this.profiles = profiles;
		this.rebuilds = rebuilds;
		this.access = access;
	}

	/** Starts a rebuild; answers 202 with the job to follow at {@code /jobs/{id}}. */
	@PostMapping("/rebuild")
	ResponseEntity<Map<String, Object>> rebuild(@RequestBody(required = false) RebuildRequest request) {
		RebuildRequest body = (request != null) ? request : new RebuildRequest(null, null);
		TenantId tenant = this.access.resolve(body.tenantId());
		Job job = this.rebuilds.start(tenant, body.asOfInstant());
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("job_id", job.id().value());
		answer.put("status", job.status());
		answer.put("job_url", "/api/audience/jobs/" + job.id().value());
		return ResponseEntity.accepted().body(answer);
	}

	@GetMapping("/model")
	Map<String, Object> model(@Parameter(hidden = true) TenantId tenant) {
		return this.profiles.model(tenant).orElseThrow(() -> new ProfileNotFoundException("model", tenant.value()));
	}

	@GetMapping("/{customerId}")
	Map<String, Object> get(@Parameter(hidden = true) TenantId tenant, @PathVariable long customerId) {
		return this.profiles.find(tenant, customerId)
			.orElseThrow(() -> new ProfileNotFoundException("customer", customerId));
	}

	@GetMapping
	Map<String, Object> list(@Parameter(hidden = true) TenantId tenant,
			@RequestParam(defaultValue = "customer_id") String sort, @RequestParam(defaultValue = "asc") String order,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
			@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
		Map<String, String> filters = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (Profiles.FILTERS.containsKey(name)) {
				filters.put(name, value);
			}
		});
		Violations violations = new Violations();
		filters.forEach((name, value) -> violations.check(!name.startsWith("min_") || isInteger(value), name,
				"must be an integer"));
		violations.check(ProfileQuery.SORTABLE.contains(sort), "sort", "must be one of " + ProfileQuery.SORTABLE)
			.check(order.equals("asc") || order.equals("desc"), "order", "must be asc or desc")
			.check(offset >= 0, "offset", "must not be negative")
			.check(limit >= 1 && limit <= 1000, "limit", "must be between 1 and 1000")
			.throwIfAny();
		List<Map<String, Object>> items = this.profiles.list(tenant,
				new ProfileQuery(sort, order.equals("desc"), filters, offset, limit));
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("items", items);
		page.put("offset", offset);
		page.put("limit", limit);
		return page;
	}

	private static boolean isInteger(String value) {
		try {
			Integer.parseInt(value.strip());
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	record RebuildRequest(Long tenantId, String asOf) {

		Instant asOfInstant() {
			if (this.asOf == null) {
				return null;
			}
			try {
				return Instant.parse(this.asOf);
			}
			catch (DateTimeParseException ex) {
				new Violations().add("/as_of", "must be an ISO-8601 instant such as 2026-01-01T00:00:00Z").throwIfAny();
				return null;
			}
		}

	}

}
