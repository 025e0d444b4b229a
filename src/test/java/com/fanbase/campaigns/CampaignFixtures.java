package com.fanbase.campaigns;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Campaigns, their channels and recipients, customers, events and orders as rows in the
 * real tables, for the stats tests until the campaign API (issue 7, part A) can launch
 * them; only this class needs to change then. Recipients' emails are
 * {@code c<customer>@example.com}.
 */
public final class CampaignFixtures {

	private final JdbcClient jdbc;

	public CampaignFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String email(long customer) {
		return "c" + customer + "@example.com";
	}

	public void event(long tenant, long id) {
		this.jdbc.sql("""
				insert into events (tenant_id, id, name, event_type, starts_at, currency, status, updated_at)
				values (:tenant, :id, :name, 'concert', now() + interval '60 days', 'EUR', 'scheduled', now())
				""").param("tenant", tenant).param("id", id).param("name", "Event " + id).update();
	}

	/** Customers {@code first} to {@code first + count - 1}, created at the time. */
	public void customers(long tenant, long first, int count, Instant createdAt) {
		this.jdbc.sql("""
				insert into customers (tenant_id, id, email, email_consent, created_at, updated_at)
				select :tenant, id, 'c' || id || '@example.com', true, :at, :at from generate_series(:first, :last) id
				""")
			.param("tenant", tenant)
			.param("first", first)
			.param("last", first + count - 1)
			.param("at", utc(createdAt))
			.update();
	}

	public void order(long tenant, long id, long customer, long event, long cents, String status, Instant placedAt) {
		this.jdbc
			.sql("""
					insert into orders (tenant_id, id, customer_id, event_id, total_cents, currency, tickets, status, placed_at, updated_at)
					values (:tenant, :id, :customer, :event, :cents, 'EUR', 1, :status, :at, :at)
					""")
			.param("tenant", tenant)
			.param("id", id)
			.param("customer", customer)
			.param("event", event)
			.param("cents", cents)
			.param("status", status)
			.param("at", utc(placedAt))
			.update();
	}

	/** A campaign; answers its id. */
	public long campaign(long tenant, Long event, String type, String status, int holdoutPercent, Long costCents,
			Instant sentAt) {
		return this.jdbc
			.sql("""
					insert into audience_campaigns (tenant_id, segment_id, event_id, name, campaign_type, status, holdout_percent,
					    cost_cents, currency, launched_at, sent_at, created_at, updated_at)
					values (:tenant, 1, :event, 'Campaign', :type, :status, :holdout, :cost, 'EUR', :sent, :sent, :sent, :sent)
					returning id
					""")
			.param("tenant", tenant)
			.param("event", event, java.sql.Types.BIGINT)
			.param("type", type)
			.param("status", status)
			.param("holdout", holdoutPercent)
			.param("cost", costCents, java.sql.Types.BIGINT)
			.param("sent", utc(sentAt))
			.query(Long.class)
			.single();
	}

	/** A sent email campaign for any event, without cost or holdout. */
	public long emailCampaign(long tenant, long brevoCampaignId, Instant sentAt) {
		long id = campaign(tenant, null, "email", "sent", 0, null, sentAt);
		channel(tenant, id, "email", brevoCampaignId, null);
		return id;
	}

	public void channel(long tenant, long campaign, String channel, Long brevoCampaignId, Long spendCents) {
		this.jdbc
			.sql("""
					insert into audience_campaign_channels (tenant_id, campaign_id, channel, status, brevo_campaign_id, spend_cents, updated_at)
					values (:tenant, :campaign, :channel, 'sent', :brevo, :spend, now())
					""")
			.param("tenant", tenant)
			.param("campaign", campaign)
			.param("channel", channel)
			.param("brevo", brevoCampaignId, java.sql.Types.BIGINT)
			.param("spend", spendCents, java.sql.Types.BIGINT)
			.update();
	}

	/**
	 * Customers {@code first} to {@code first + count - 1} in the group, targeted at the
	 * time.
	 */
	public void recipients(long tenant, long campaign, long first, int count, String group, Instant targetedAt) {
		this.jdbc.sql("""
				insert into audience_campaign_recipients (tenant_id, campaign_id, customer_id, grp, email, targeted_at)
				select :tenant, :campaign, id, :grp, case when :grp = 'sent' then 'c' || id || '@example.com' end, :at
				from generate_series(:first, :last) id
				""")
			.param("tenant", tenant)
			.param("campaign", campaign)
			.param("grp", group)
			.param("first", first)
			.param("last", first + count - 1)
			.param("at", utc(targetedAt))
			.update();
	}

	/**
	 * Webhook events of one kind for customers {@code first} to
	 * {@code first + count - 1}.
	 */
	public void events(long tenant, long campaign, long first, int count, String event, boolean machine, Instant at) {
		this.jdbc
			.sql("""
					insert into audience_campaign_email_events (tenant_id, campaign_id, customer_id, event, occurred_at, machine, received_at)
					select :tenant, :campaign, id, :event, :at, :machine, now() from generate_series(:first, :last) id
					""")
			.param("tenant", tenant)
			.param("campaign", campaign)
			.param("event", event)
			.param("machine", machine)
			.param("first", first)
			.param("last", first + count - 1)
			.param("at", utc(at))
			.update();
	}

	public void attributionDays(long tenant, int days) {
		this.jdbc.sql("""
				insert into campaign_settings (tenant_id, attribution_days, updated_at) values (:tenant, :days, now())
				on conflict (tenant_id) do update set attribution_days = excluded.attribution_days
				""").param("tenant", tenant).param("days", days).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
