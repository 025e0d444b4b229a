package com.fanbase.exports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An export definition and the figures of its last sync.
 *
 * @param considered the segment's members
 * @param eligible those with the platform's consent and not suppressed
 * @param sent members added in the last sync
 * @param removed members removed in the last sync
 * @param rejected members the platform refused in the last sync
 * @param skipped eligible members without a usable email or phone
 * @param synced members on the platform's audience now
 */
public record Export(long id, long tenantId, String platform, long segmentId, String audienceName, String externalId,
		String status, Long jobId, int syncs, long considered, long eligible, long sent, long removed, long rejected,
		long skipped, long synced, Map<String, Object> figures, List<String> warnings, String error, Instant expiresAt,
		Instant lastSyncedAt, Instant createdAt, Instant updatedAt) {

	public ExportState state() {
		return ExportState.of(this.status, this.error);
	}

}
