package com.fanbase.changes;

import java.time.Instant;
import java.util.List;

/**
 * One claimed outbox row.
 *
 * @param customers the customers to evaluate (segment hop); null means every customer
 * @param segments the segments whose members changed (export hop)
 * @param changedAt when the oldest change it carries was ingested (or happened)
 */
record PendingChange(long tenantId, long id, List<Long> customers, List<Long> segments, Instant changedAt) {

}
