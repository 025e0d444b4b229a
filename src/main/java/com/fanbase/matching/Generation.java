package com.fanbase.matching;

import java.time.Instant;

/**
 * What one generation did.
 *
 * @param stored how many of the best were stored (score ≥ 1, at most the cap)
 */
public record Generation(long eventId, long stored, long durationMs, Instant generatedAt) {

}
