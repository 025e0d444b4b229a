package com.fanbase.segments;

import java.time.Instant;
import java.util.List;

import com.fanbase.tenants.TenantId;

/**
 * Published inside the transaction that changed the members of some segments (a full
 * refresh or an incremental evaluation), so what follows them (export deltas) is recorded
 * atomically with the change.
 *
 * @param segments the segments that gained or lost members
 * @param at the time the members entered or left
 */
public record SegmentMembersChanged(TenantId tenant, List<Long> segments, Instant at) {

}
