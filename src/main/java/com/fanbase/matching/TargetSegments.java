package com.fanbase.matching;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.segments.Segment;
import com.fanbase.segments.SegmentMembers;
import com.fanbase.segments.SegmentRefresher;
import com.fanbase.segments.Segments;
import com.fanbase.tenants.TenantId;

/**
 * Makes a static segment of an event's recommended customers with at least a score, each
 * with the score as affinity. The segment counts against the plan's limit like any other,
 * and it is all or nothing.
 */
@Component
class TargetSegments {

	private final Segments segments;

	private final SegmentMembers members;

	private final SegmentRefresher refresher;

	private final Recommendations recommendations;

	TargetSegments(Segments segments, SegmentMembers members, SegmentRefresher refresher,
			Recommendations recommendations) {
		this.segments = segments;
		this.members = members;
		this.refresher = refresher;
		this.recommendations = recommendations;
	}

	@Transactional
	Segment create(TenantId tenant, long eventId, int minScore, String name) {
		Segment segment = this.segments.create(tenant, name, "static", null, null);
		List<long[]> best = this.recommendations.atLeast(tenant, eventId, minScore);
		long[] ids = new long[best.size()];
		double[] affinities = new double[best.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = best.get(i)[0];
			affinities[i] = best.get(i)[1];
		}
		this.members.addWithAffinity(tenant, segment.id(), ids, affinities);
		this.refresher.refresh(tenant, segment.id());
		return this.segments.require(tenant, segment.id());
	}

}
