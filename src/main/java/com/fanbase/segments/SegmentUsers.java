package com.fanbase.segments;

import java.util.List;

import com.fanbase.tenants.TenantId;

/**
 * Something in another module that still needs a segment (a campaign yet to send, say). A
 * segment that any of these name cannot be deleted; the names are shown in the refusal.
 */
public interface SegmentUsers {

	/** What still needs the segment, each in a few words ("campaign 12 (scheduled)"). */
	List<String> of(TenantId tenant, long segmentId);

}
