package com.fanbase.campaigns;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.segments.SegmentUsers;
import com.fanbase.tenants.TenantId;

/**
 * A segment stays while a campaign on it has yet to send or is running: drafts,
 * scheduled, sending and active campaigns. A sent, completed, failed or cancelled
 * campaign keeps its recipients and does not need the segment any more.
 */
@Component
class CampaignSegmentUsers implements SegmentUsers {

	private final JdbcClient jdbc;

	CampaignSegmentUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> of(TenantId tenant, long segmentId) {
		return this.jdbc.sql("""
				select 'campaign ' || id || ' (' || status || ')' from audience_campaigns
				where tenant_id = :tenant and segment_id = :segment
				  and status in ('draft', 'scheduled', 'sending', 'active')
				order by id
				""").param("tenant", tenant.value()).param("segment", segmentId).query(String.class).list();
	}

}
