package com.fanbase.campaigns;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.jobs.Job;
import com.fanbase.jobs.Jobs;
import com.fanbase.platforms.Platform;
import com.fanbase.platforms.Platforms;
import com.fanbase.tenants.Actor;
import com.fanbase.tenants.OwnerRule;
import com.fanbase.tenants.OwnerRuleSettings;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;

/**
 * Launches a campaign: checks that it can go (a non-empty segment, credentials for every
 * channel's platform, complete email settings), claims it by a conditional update to
 * {@code sending} and queues its durable launch job in the same transaction, so a
 * campaign is launched once however many replicas or requests try.
 */
@Component
class CampaignLauncher {

	static final String JOB_TYPE = "campaign-launch";

	private static final OwnerRule RULE = OwnerRule.LAUNCH_ABOVE_RECIPIENTS;

	private final CampaignRepository repository;

	private final Platforms platforms;

	private final Jobs jobs;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OwnerRuleSettings ownerRules;

	CampaignLauncher(CampaignRepository repository, Platforms platforms, Jobs jobs, JdbcClient jdbc, Clock clock,
			OwnerRuleSettings ownerRules) {
		this.repository = repository;
		this.platforms = platforms;
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownerRules = ownerRules;
	}

	/**
	 * Launches a draft or scheduled campaign now, or says why it cannot. {@code role} is
	 * the launching caller's (null: the operator): a launch to a segment above the
	 * tenant's {@link OwnerRule#LAUNCH_ABOVE_RECIPIENTS} threshold needs an owner.
	 */
	@Transactional
	public void launchNow(TenantId tenant, long id, Role role) {
		Campaign campaign = this.repository.find(tenant, id).orElseThrow(() -> new CampaignNotFoundException(id));
		if (!campaign.status().canBecome(CampaignStatus.SENDING)) {
			throw new CampaignStateException(campaign.status(), "be launched");
		}
		long members = refusal(tenant, campaign);
		this.ownerRules.require(tenant, role, RULE, members,
				aboveThreshold(tenant, campaign.segmentId(), members, "an owner must launch it."));
		if (!claim(tenant, campaign)) {
			throw new CampaignStateException(this.repository.find(tenant, id).orElseThrow().status(), "be launched");
		}
	}

	/**
	 * Refuses (403) to schedule a campaign on this segment when the tenant reserves a
	 * launch of its size for owners and {@code role} (null: the operator) is not one: the
	 * scheduler launches it with the role of whoever scheduled it.
	 */
	void requireOwnerToSchedule(TenantId tenant, long segmentId, Role role) {
		long members = members(tenant, segmentId);
		this.ownerRules.require(tenant, role, RULE, members,
				aboveThreshold(tenant, segmentId, members, "an owner must schedule it."));
	}

	/**
	 * Launches a scheduled campaign that is due, unless another replica already did; a
	 * campaign that cannot go fails with the reason, as does one whose segment has grown
	 * past the tenant's {@link OwnerRule#LAUNCH_ABOVE_RECIPIENTS} threshold when whoever
	 * scheduled it is no owner (a campaign scheduled before that was recorded counts as a
	 * marketer's). Answers whether this call launched it.
	 */
	@Transactional
	public boolean launchDue(TenantId tenant, long id) {
		Campaign campaign = this.repository.find(tenant, id).orElse(null);
		if (campaign == null || campaign.status() != CampaignStatus.SCHEDULED || campaign.scheduledAt() == null
				|| campaign.scheduledAt().isAfter(this.clock.instant())) {
			return false;
		}
		long members;
		try {
			members = refusal(tenant, campaign);
		}
		catch (CampaignNotLaunchableException ex) {
			this.repository.transition(tenant, id, CampaignStatus.SCHEDULED, CampaignStatus.FAILED, ex.getMessage());
			return false;
		}
		Actor scheduler = campaign.scheduledBy();
		Role role = (scheduler != null) ? scheduler.role() : Role.MARKETER;
		if (!this.ownerRules.allows(tenant, role, RULE, members)) {
			String by = (scheduler != null) ? "a " + role.id() + " (" + scheduler.type() + " " + scheduler.id() + ")"
					: "someone unrecorded";
			this.repository.transition(tenant, id, CampaignStatus.SCHEDULED, CampaignStatus.FAILED,
					aboveThreshold(tenant, campaign.segmentId(), members,
							"it was scheduled by " + by + ", so an owner must schedule or launch it."));
			return false;
		}
		return claim(tenant, campaign);
	}

	/** Queues the launch job again for a campaign left sending by a job that died. */
	@Transactional
	public void resubmit(TenantId tenant, long id) {
		submit(tenant, id);
	}

	private boolean claim(TenantId tenant, Campaign campaign) {
		if (!this.repository.transition(tenant, campaign.id(), campaign.status(), CampaignStatus.SENDING, null)) {
			return false;
		}
		submit(tenant, campaign.id());
		return true;
	}

	private void submit(TenantId tenant, long id) {
		Job job = this.jobs.submit(tenant, JOB_TYPE + ":" + id, Map.of("campaign_id", id));
		this.repository.jobSubmitted(tenant, id, job.id().value());
	}

	/**
	 * Throws the reason the campaign cannot launch, if there is one; answers the
	 * segment's members, the most it can reach.
	 */
	long refusal(TenantId tenant, Campaign campaign) {
		if (campaign.hasChannel(CampaignType.Channel.EMAIL)) {
			List<String> missing = CampaignRules.EMAIL_FIELDS.stream()
				.filter((field) -> campaign.setting(field) == null || campaign.setting(field).isBlank())
				.sorted()
				.toList();
			if (!missing.isEmpty()) {
				throw new CampaignNotLaunchableException("email_settings_missing",
						"The email settings lack " + String.join(", ", missing) + ".");
			}
		}
		for (CampaignChannel channel : campaign.channels()) {
			Platform platform = this.platforms.require(channel.channel().platformId());
			if (!this.platforms.configured(tenant, platform)) {
				throw new CampaignNotLaunchableException(platform,
						"This tenant has no " + platform.id() + " credentials; set them with PUT"
								+ " /api/audience/settings/platforms/" + platform.id() + " first.");
			}
		}
		long members = members(tenant, campaign.segmentId());
		if (members == 0) {
			throw new CampaignNotLaunchableException("empty_segment",
					"Segment " + campaign.segmentId() + " has no members.");
		}
		return members;
	}

	private long members(TenantId tenant, long segmentId) {
		return this.jdbc
			.sql("select count(*) from audience_segment_customers where tenant_id = :tenant and segment_id = :segment")
			.param("tenant", tenant.value())
			.param("segment", segmentId)
			.query(Long.class)
			.single();
	}

	private String aboveThreshold(TenantId tenant, long segmentId, long members, String consequence) {
		return "Segment " + segmentId + " has " + members + " members, more than this tenant's " + RULE.id() + " ("
				+ this.ownerRules.get(tenant).approvalAboveRecipients() + "): " + consequence;
	}

}
