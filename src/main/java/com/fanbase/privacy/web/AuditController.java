package com.fanbase.privacy.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fanbase.privacy.AuditEntry;
import com.fanbase.privacy.AuditLog;
import com.fanbase.privacy.AuditQuery;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * Who did what: the tenant's audit log, newest first, in keyset pages ({@code before} is
 * the last id of the page before; {@code next_before} says what to send next).
 */
@RestController
class AuditController {

	private static final Set<String> ACTOR_TYPES = Set.of("user", "key", "operator", "anonymous");

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/audience/audit")
	AuditPage list(@Parameter(hidden = true) TenantId tenant,
			@RequestParam(name = "actor_type", required = false) String actorType,
			@RequestParam(name = "actor_id", required = false) Long actorId,
			@RequestParam(required = false) String action, @RequestParam(required = false) String since,
			@RequestParam(required = false) String until, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int limit) {
		Violations violations = new Violations()
			.check(actorType == null || ACTOR_TYPES.contains(actorType), "actor_type",
					"must be one of user, key, operator, anonymous")
			.check(action == null || action.length() <= 300, "action", "must be at most 300 characters")
			.check(before == null || before > 0, "before", "must be a positive integer")
			.check(limit >= 1 && limit <= 500, "limit", "must be between 1 and 500");
		Instant from = instant(since, "since", violations);
		Instant to = instant(until, "until", violations);
		violations.throwIfAny();
		List<AuditEntry> entries = this.audit.find(tenant,
				new AuditQuery(actorType, actorId, action, from, to, before, limit));
		Long next = (entries.size() == limit) ? entries.get(entries.size() - 1).id() : null;
		return new AuditPage(entries.stream().map(EntryResponse::of).toList(), next);
	}

	private static Instant instant(String text, String field, Violations violations) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "must be an ISO 8601 instant such as 2026-01-31T12:00:00Z");
			return null;
		}
	}

	record AuditPage(List<EntryResponse> entries, Long nextBefore) {
	}

	record ActorResponse(String type, Long id, String role) {
	}

	record EntryResponse(long id, long tenantId, Instant at, ActorResponse actor, String action,
			Map<String, String> target, Integer status) {

		static EntryResponse of(AuditEntry entry) {
			return new EntryResponse(entry.id(), entry.tenantId(), entry.at(),
					new ActorResponse(entry.actor().type(), entry.actor().id(),
							(entry.actor().role() != null) ? entry.actor().role().id() : null),
					entry.action(), entry.target(), entry.status());
		}

	}

}
