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
 * @param status the HTTP status the action was answered with
 */
public record AuditEntry(long id, long tenantId, Instant at, Actor actor, String action, Map<String, String> target,
		int status) {

}
