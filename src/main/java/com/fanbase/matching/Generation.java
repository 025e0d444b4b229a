package com.fanbase.matching;

import java.time.Instant;

/**
 * What one generation did.
 *
 * @param customersScored the tenant's profiled customers who do not hold a ticket
 * @param stored how many of the best were stored (score ≥ 1, at most the cap)
 */
public record Generation(long eventId, long customersScored, long stored, long durationMs, Instant generatedAt) {

}
