package com.fanbase.segments;

import java.time.Instant;

/**
 * The outcome of one refresh.
 *
 * @param size members after the refresh
 * @param added customers who entered
 * @param removed customers who left
 */
public record SegmentRefresh(long segmentId, Instant refreshedAt, long size, long added, long removed, long durationMs,
		String status, String error) {

}
