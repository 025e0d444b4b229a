package com.fanbase.ingestion;

import java.util.List;

import com.fanbase.tenants.TenantId;

/**
 * Published after a batch of events or orders is committed, with the ids of the records
 * it inserted or changed (a re-push of identical rows changes nothing and names nothing),
 * so that what follows events and orders (recommendations, conversions) can react.
 */
public record RecordsChanged(TenantId tenant, RecordKind kind, List<Long> ids) {

}
