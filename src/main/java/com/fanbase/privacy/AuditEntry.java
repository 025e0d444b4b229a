package com.fanbase.privacy;

import java.time.Instant;
import java.util.Map;

import com.fanbase.tenants.Actor;

/**
 * One recorded action.
 *
 * @param tenantId the tenant it was done for; 0 for the operator's own actions
 * @param action the method and route, such as {@code POST
 * /api/audience/segments/{id}/refresh}
 * @param target the route's ids ({@code {"id": "12"}}); anything not an id is left out
 * @param status the HTTP status the action was answered with; null when the change was
 * committed (the entry is written in its transaction) but the answer was never recorded,
 * because the process ended in between
 */
public record AuditEntry(long id, long tenantId, Instant at, Actor actor, String action, Map<String, String> target,
		Integer status) {

}
