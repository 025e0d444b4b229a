package com.fanbase.campaigns.stats;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * Reads a campaign's figures in one statement. Delivery metrics count distinct customers
 * from the webhook events (human opens only) and take the larger of that and Brevo's own
 * figure from the last statistics sync, so the sync fills what the webhooks missed.
 * Conversions are attributed set-based: a paid order of a recipient for the campaign's
 * event (any event when it has none) placed from the recipient's {@code targeted_at} up
 * to and including the attribution window's end, once per order.
 */
@Component
public class CampaignStatsQueries {

	private static final String FIGURES = """
			with c as (
			    select c.id, c.campaign_type, c.status, c.currency, c.event_id, c.holdout_percent,
			        coalesce(c.cost_cents, (select sum(ch.spend_cents)::bigint from audience_campaign_channels ch
			            where ch.tenant_id = c.tenant_id and ch.campaign_id = c.id)) as cost_cents
			    from audience_campaigns c where c.tenant_id = :tenant and c.id = :id
			), days as (
			    select coalesce((select attribution_days from campaign_settings where tenant_id = :tenant), 7) as days
			), rec as (
			    select count(*) filter (where grp = 'sent') as sent, count(*) filter (where grp = 'holdout') as holdout
			    from audience_campaign_recipients where tenant_id = :tenant and campaign_id = :id
			), ev as (
			    select count(distinct customer_id) filter (where event = 'delivered') as delivered,
			        count(distinct customer_id) filter (where event = 'opened' and not machine) as opens,
			        count(distinct customer_id) filter (where event = 'opened' and machine) as machine_opens,
			        count(distinct customer_id) filter (where event = 'clicked') as clicks,
			        count(distinct customer_id) filter (where event in ('hard_bounce', 'soft_bounce')) as bounces,
			        count(distinct customer_id) filter (where event = 'unsubscribed') as unsubscribes,
			        count(distinct customer_id) filter (where event = 'spam') as spam
			    from audience_campaign_email_events where tenant_id = :tenant and campaign_id = :id
			), brevo as (
			    select coalesce(sum((s->>'sent')::bigint), 0) as sent, coalesce(sum((s->>'delivered')::bigint), 0) as delivered,
			        coalesce(sum(greatest(coalesce((s->>'uniqueViews')::bigint, 0) - coalesce((s->>'appleMppOpens')::bigint, 0), 0)), 0) as opens,
			        coalesce(sum((s->>'appleMppOpens')::bigint), 0) as machine_opens,
			        coalesce(sum((s->>'uniqueClicks')::bigint), 0) as clicks,
			        coalesce(sum(coalesce((s->>'hardBounces')::bigint, 0) + coalesce((s->>'softBounces')::bigint, 0)), 0) as bounces,
			        coalesce(sum((s->>'unsubscriptions')::bigint), 0) as unsubscribes,
			        coalesce(sum((s->>'complaints')::bigint), 0) as spam
			    from (select platform_stats as s from audience_campaign_channels
			          where tenant_id = :tenant and campaign_id = :id and channel = 'email' and platform_stats is not null) x
			), conv as (
			    select count(*) filter (where r.grp = 'sent') as conversions,
			        coalesce(sum(o.total_cents) filter (where r.grp = 'sent'), 0) as revenue,
			        count(*) filter (where r.grp = 'holdout') as holdout_conversions,
			        coalesce(sum(o.total_cents) filter (where r.grp = 'holdout'), 0) as holdout_revenue
			    from c cross join days
			    join audience_campaign_recipients r on r.tenant_id = :tenant and r.campaign_id = c.id
			        and r.grp in ('sent', 'holdout')
			    join orders o on o.tenant_id = r.tenant_id and o.customer_id = r.customer_id and o.status = 'paid'
			        and (c.event_id is null or o.event_id = c.event_id)
			        and o.placed_at >= r.targeted_at and o.placed_at <= r.targeted_at + make_interval(days => days.days)
			)
			select c.id, c.campaign_type, c.status, c.currency, c.holdout_percent, c.cost_cents,
			    greatest(rec.sent, brevo.sent) as sent, greatest(ev.delivered, brevo.delivered) as delivered,
			    greatest(ev.opens, brevo.opens) as opens, greatest(ev.machine_opens, brevo.machine_opens) as machine_opens,
			    greatest(ev.clicks, brevo.clicks) as clicks, greatest(ev.bounces, brevo.bounces) as bounces,
			    greatest(ev.unsubscribes, brevo.unsubscribes) as unsubscribes, greatest(ev.spam, brevo.spam) as spam,
			    conv.conversions, conv.revenue, rec.holdout, conv.holdout_conversions, conv.holdout_revenue
			from c, rec, ev, brevo, conv
			""";

	private final JdbcClient jdbc;

	CampaignStatsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CampaignFigures> figures(TenantId tenant, long campaignId) {
		return this.jdbc.sql(FIGURES)
			.param("tenant", tenant.value())
			.param("id", campaignId)
			.query((rs, row) -> new CampaignFigures(rs.getLong("id"), rs.getString("campaign_type"),
					rs.getString("status"), rs.getString("currency"), rs.getInt("holdout_percent"),
					(Long) rs.getObject("cost_cents", Long.class), rs.getLong("sent"), rs.getLong("delivered"),
					rs.getLong("opens"), rs.getLong("machine_opens"), rs.getLong("clicks"), rs.getLong("bounces"),
					rs.getLong("unsubscribes"), rs.getLong("spam"), rs.getLong("conversions"), rs.getLong("revenue"),
					rs.getLong("holdout"), rs.getLong("holdout_conversions"), rs.getLong("holdout_revenue")))
			.optional();
	}

	/** Campaigns sent or launched since the time, newest first. */
	public List<Long> launchedSince(TenantId tenant, Instant since) {
		return this.jdbc.sql("""
				select id from audience_campaigns
				where tenant_id = :tenant and coalesce(sent_at, launched_at) >= :since
				order by coalesce(sent_at, launched_at) desc, id desc
				""")
			.param("tenant", tenant.value())
			.param("since", since.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.list();
	}

	/** Campaigns by status. */
	public java.util.Map<String, Long> countByStatus(TenantId tenant) {
		java.util.Map<String, Long> counts = new java.util.TreeMap<>();
		this.jdbc.sql("select status, count(*) as n from audience_campaigns where tenant_id = :tenant group by status")
			.param("tenant", tenant.value())
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> counts.put(rs.getString("status"),
					rs.getLong("n")));
		return counts;
	}

}
