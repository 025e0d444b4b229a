package com.fanbase.campaigns;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.exports.AudienceRule;
import com.fanbase.platforms.Platform;
import com.fanbase.tenants.TenantId;

/**
 * Decides, set-based and once per campaign, who a launch goes to. Email: the segment's
 * members with email consent and a usable address, not suppressed, are each held out
 * (deterministic holdout), capped (already got the frequency cap's worth of campaign
 * emails within its window) or sent to. Ads: the members with ads consent, not
 * suppressed, are the audience. Every group is recorded with the time; the figures are
 * fixed on the campaign. Targeting of one tenant is serialised so two launches cannot
 * both slip under the cap.
 */
@Component
class RecipientTargeting {

	private static final String MEMBERS = """
			select m.customer_id, lower(trim(c.email)) as email, coalesce(c.email_consent, false) as email_consent,
			    coalesce(c.ads_consent, false) as ads_consent,
			    SUPPRESSED as suppressed
			from audience_segment_customers m
			left join customers c on c.tenant_id = m.tenant_id and c.id = m.customer_id
			where m.tenant_id = :tenant and m.segment_id = :segment
			""".replace("SUPPRESSED", AudienceRule.suppressed("m.tenant_id", "m.customer_id"));

	private static final String EMAIL_GROUPS = """
			insert into audience_campaign_recipients (tenant_id, campaign_id, customer_id, grp, email, targeted_at)
			select :tenant, :campaign, m.customer_id,
			    case when HOLDOUT < :holdout * 100 then 'holdout'
			         when :capHours > 0 and (select count(*) from audience_campaign_recipients r
			             where r.tenant_id = :tenant and r.customer_id = m.customer_id and r.grp = 'sent'
			               and r.email is not null and r.campaign_id <> :campaign
			               and r.targeted_at > :now - make_interval(hours => :capHours)) >= :capEmails then 'capped'
			         else 'sent' end,
			    m.email, :now
			from (MEMBERS) m
			where m.email_consent and not m.suppressed and REACHABLE
			on conflict do nothing
			""".replace("HOLDOUT", Holdout.SQL)
		.replace("MEMBERS", MEMBERS)
		.replace("REACHABLE", AudienceRule.reachableByEmail("m.email"));

	private static final String AD_AUDIENCE = """
			insert into audience_campaign_recipients (tenant_id, campaign_id, customer_id, grp, email, targeted_at)
			select :tenant, :campaign, m.customer_id, 'sent', null, :now
			from (MEMBERS) m where m.ads_consent and not m.suppressed
			on conflict do nothing
			""".replace("MEMBERS", MEMBERS);

	private static final String COUNTS = """
			select count(*) as members, count(*) filter (where suppressed) as suppressed,
			    count(*) filter (where not suppressed and not (CONSENT)) as without_consent
			from (MEMBERS) m
			""".replace("MEMBERS", MEMBERS);

	private final JdbcClient jdbc;

	private final CampaignRepository campaigns;

	private final CampaignSettingsStore settings;

	RecipientTargeting(JdbcClient jdbc, CampaignRepository campaigns, CampaignSettingsStore settings) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.settings = settings;
	}

	/** Records the campaign's groups and figures, unless an earlier attempt did. */
	@Transactional
	public void target(TenantId tenant, Campaign campaign) {
		this.jdbc.sql("select pg_advisory_xact_lock(7007, cast(:tenant as integer))")
			.param("tenant", tenant.value())
			.query()
			.listOfRows();
		if (isTargeted(tenant, campaign.id())) {
			return;
		}
		OffsetDateTime now = this.campaigns.now();
		// email first: a customer reached both ways keeps the email's group (holdout,
		// cap)
		Set<Platform.Kind> kinds = campaign.kinds();
		for (Platform.Kind kind : kinds) {
			switch (kind) {
				case EMAIL -> {
					CampaignSettings cap = this.settings.get(tenant);
					this.jdbc.sql(EMAIL_GROUPS)
						.params(params(tenant, campaign, now))
						.param("holdout", campaign.holdoutPercent())
						.param("capHours", cap.frequencyCapHours())
						.param("capEmails", cap.frequencyCapEmails())
						.update();
				}
				case ADS -> this.jdbc.sql(AD_AUDIENCE).params(params(tenant, campaign, now)).update();
			}
		}
		boolean email = kinds.contains(Platform.Kind.EMAIL);
		String consent = email ? "m.email_consent and " + AudienceRule.reachableByEmail("m.email") : "m.ads_consent";
		Map<String, Object> counts = this.jdbc.sql(COUNTS.replace("CONSENT", consent))
			.params(params(tenant, campaign, now))
			.query()
			.singleRow();
		Map<String, Object> groups = this.jdbc.sql("""
				select count(*) filter (where grp = 'sent') as sent, count(*) filter (where grp = 'holdout') as holdout,
				    count(*) filter (where grp = 'capped') as capped
				from audience_campaign_recipients where tenant_id = :tenant and campaign_id = :campaign
				""").param("tenant", tenant.value()).param("campaign", campaign.id()).query().singleRow();
		this.campaigns.figures(tenant, campaign.id(),
				new CampaignFigures(number(counts, "members"), number(groups, "sent"), number(groups, "holdout"),
						number(groups, "capped"), number(counts, "without_consent"), number(counts, "suppressed")));
	}

	boolean isTargeted(TenantId tenant, long campaign) {
		return this.jdbc
			.sql("select figures <> '{}'::jsonb from audience_campaigns where tenant_id = :tenant and id = :campaign")
			.param("tenant", tenant.value())
			.param("campaign", campaign)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Forgets the groups of a campaign whose send failed, so they count against no cap.
	 */
	void forget(TenantId tenant, long campaign) {
		this.jdbc.sql("delete from audience_campaign_recipients where tenant_id = :tenant and campaign_id = :campaign")
			.param("tenant", tenant.value())
			.param("campaign", campaign)
			.update();
	}

	private static Map<String, Object> params(TenantId tenant, Campaign campaign, OffsetDateTime now) {
		return Map.of("tenant", tenant.value(), "campaign", campaign.id(), "segment", campaign.segmentId(), "now", now);
	}

	private static long number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).longValue();
	}

}
