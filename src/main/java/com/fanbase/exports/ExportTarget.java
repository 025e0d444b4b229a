package com.fanbase.exports;

import com.fanbase.platforms.Platform;
import com.fanbase.tenants.TenantId;

/** Which export a run works on. */
record ExportTarget(TenantId tenant, long exportId, Platform platform, long segmentId, String audienceName) {

}
