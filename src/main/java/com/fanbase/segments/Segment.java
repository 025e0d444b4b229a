package com.fanbase.segments;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * A saved segment as the API shows it.
 */
public record Segment(long id, long tenantId, String name, String segmentType, JsonNode criteria,
		Integer refreshIntervalMinutes, long memberCount, Instant lastRefreshedAt, String lastRefreshStatus,
		String lastRefreshError, Long lastRefreshMs, Instant createdAt, Instant updatedAt) {

}
