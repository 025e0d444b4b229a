package com.fanbase.privacy;

import java.time.Instant;

/**
 * What to look for in the audit log, newest first; every part may be null.
 *
 * @param actionPrefix entries whose action starts with this
 * ({@code POST /api/audience/segments})
 * @param before keyset page: entries with an id below this
 */
public record AuditQuery(String actorType, Long actorId, String actionPrefix, Instant since, Instant until, Long before,
		int limit) {

}
