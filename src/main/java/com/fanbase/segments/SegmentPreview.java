package com.fanbase.segments;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a segment with these criteria would hold right now.
 *
 * @param count customers matching
 * @param reachableEmail of those, customers with email consent and an email address
 * @param reachableAds of those, customers with ads consent and an email address or a
 * valid phone
 * @param sample the most engaged matching customers, a few profile fields each
 * @param asOf the evaluation time of relative rules such as {@code within_days}
 */
public record SegmentPreview(long count, long reachableEmail, long reachableAds, List<Map<String, Object>> sample,
		Instant asOf) {

}
