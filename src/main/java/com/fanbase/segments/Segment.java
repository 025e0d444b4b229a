package com.fanbase.segments;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * A saved segment as the API shows it. Criteria belong to dynamic segments; the source
 * and either a size or a ratio of the tenant's customers to lookalikes.
 * {@code membersAsOf}: every change ingested before it is reflected in the members (see
 * the README on live audiences); {@code lagSeconds} how long ago that is.
 */
public record Segment(long id, long tenantId, String name, String segmentType, JsonNode criteria, Long sourceSegmentId,
		Integer lookalikeSize, Double lookalikeRatio, Integer refreshIntervalMinutes, long memberCount,
		Instant lastRefreshedAt, String lastRefreshStatus, String lastRefreshError, Long lastRefreshMs,
		Instant createdAt, Instant updatedAt, Instant membersAsOf, Long lagSeconds) {

	public boolean isDynamic() {
		return "dynamic".equals(this.segmentType);
	}

	public boolean isLookalike() {
		return "lookalike".equals(this.segmentType);
	}

}
