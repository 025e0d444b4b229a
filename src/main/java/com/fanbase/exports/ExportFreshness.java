package com.fanbase.exports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.segments.Segment;
import com.fanbase.segments.Segments;
import com.fanbase.tenants.TenantId;

/**
 * How fresh an export's audience is: every change ingested before {@code membersAsOf} is
 * on the platform. That is the segment's freshness when its last sync was queued; an
 * export that is settled with no member change of its segment waiting to be pushed (the
 * change pipeline on) is as fresh as its segment.
 */
@Component
public class ExportFreshness {

	private static final String STORED = """
			select e.members_as_of, e.status in ('completed', 'partially_failed') and e.members_as_of is not null
			    and not exists (select 1 from pipeline_changes q where q.tenant_id = e.tenant_id and q.hop = 'exports'
			        and q.done_at is null and e.segment_id = any(q.segment_ids)) as caught_up
			from audience_exports e where e.tenant_id = :tenant and e.id = :id
			""";

	private final JdbcClient jdbc;

	private final Segments segments;

	private final Clock clock;

	private final boolean live;

	ExportFreshness(JdbcClient jdbc, Segments segments, Clock clock,
			@Value("${fanbase.changes.enabled:true}") boolean live) {
		this.jdbc = jdbc;
		this.segments = segments;
		this.clock = clock;
		this.live = live;
	}

	/** The export's freshness; both parts null before its first successful sync. */
	public Freshness of(TenantId tenant, Export export) {
		Instant stored = null;
		boolean caughtUp = false;
		var row = this.jdbc.sql(STORED)
			.param("tenant", tenant.value())
			.param("id", export.id())
			.query((rs,
					n) -> new Object[] { rs.getObject("members_as_of", OffsetDateTime.class),
							rs.getBoolean("caught_up") })
			.optional();
		if (row.isPresent()) {
			OffsetDateTime at = (OffsetDateTime) row.get()[0];
			stored = (at != null) ? at.toInstant() : null;
			caughtUp = (Boolean) row.get()[1];
		}
		Instant asOf = stored;
		if (caughtUp && this.live) {
			Instant segment = this.segments.find(tenant, export.segmentId()).map(Segment::membersAsOf).orElse(null);
			asOf = (segment != null && segment.isAfter(stored)) ? segment : stored;
		}
		Long lag = (asOf != null) ? Math.max(0, Duration.between(asOf, this.clock.instant()).toSeconds()) : null;
		return new Freshness(asOf, lag);
	}

	/**
	 * @param membersAsOf every change ingested before it is on the platform
	 * @param lagSeconds how long ago that is
	 */
	public record Freshness(Instant membersAsOf, Long lagSeconds) {
	}

}
