package com.fanbase.campaigns.stats;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.exports.Suppressions;
import com.fanbase.platforms.brevo.EmailEvent;
import com.fanbase.tenants.TenantId;

/**
 * Stores a tenant's webhook events set-based: each is matched to the campaign whose email
 * channel has Brevo's {@code camp_id} and to its recipient by email (case-insensitive),
 * stored once (the table's key), and flagged as a machine open when it came from a known
 * prefetcher or within a few seconds of the delivery, whichever event arrived first.
 * Newly stored unsubscribes, hard bounces and spam complaints suppress the customer.
 */
@Component
class EmailEventStore {

	private static final String INSERT = """
			with incoming as (
			    select * from unnest(cast(:camps as bigint[]), cast(:emails as text[]), cast(:events as text[]),
			        cast(:seconds as bigint[]), cast(:prefetched as boolean[])) as i(camp_id, email, event, seconds, prefetched)
			), matched as (
			    select ch.campaign_id, r.customer_id, i.event, to_timestamp(i.seconds) as occurred_at, i.prefetched
			    from incoming i
			    join audience_campaign_channels ch on ch.tenant_id = :tenant and ch.channel = 'email'
			        and ch.brevo_campaign_id = i.camp_id
			    join audience_campaign_recipients r on r.tenant_id = :tenant and r.campaign_id = ch.campaign_id
			        and r.grp = 'sent' and lower(r.email) = lower(i.email)
			), stored as (
			    insert into audience_campaign_email_events (tenant_id, campaign_id, customer_id, event, occurred_at, machine, received_at)
			    select :tenant, campaign_id, customer_id, event, occurred_at, bool_or(prefetched), :now from matched
			    group by campaign_id, customer_id, event, occurred_at
			    on conflict do nothing
			    returning campaign_id, customer_id, event
			)
			select m.n as matched, s.campaign_id, s.customer_id, s.event
			from (select count(*) as n from matched) m left join stored s on true
			""";

	/**
	 * Opens within the window after a delivery, whichever was stored first, of the
	 * recipients whose opens or deliveries just arrived.
	 */
	private static final String MACHINE_OPENS = """
			update audience_campaign_email_events o set machine = true
			where o.tenant_id = :tenant and o.event = 'opened' and not o.machine
			  and (o.campaign_id, o.customer_id) in (
			      select * from unnest(cast(:campaigns as bigint[]), cast(:customers as bigint[])))
			  and exists (select 1 from audience_campaign_email_events d
			      where d.tenant_id = o.tenant_id and d.campaign_id = o.campaign_id and d.customer_id = o.customer_id
			        and d.event = 'delivered' and o.occurred_at >= d.occurred_at
			        and o.occurred_at <= d.occurred_at + make_interval(secs => :seconds))
			""";

	private static final Map<String, String> SUPPRESSIONS = Map.of("unsubscribed", "unsubscribed", "hard_bounce",
			"hard_bounced", "spam", "complained");

	private final JdbcClient jdbc;

	private final Suppressions suppressions;

	private final CampaignStatsProperties properties;

	private final Clock clock;

	EmailEventStore(JdbcClient jdbc, Suppressions suppressions, CampaignStatsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.suppressions = suppressions;
		this.properties = properties;
		this.clock = clock;
	}

	/** Stores the events; answers how many matched a recipient and how many were new. */
	@Transactional
	public Stored store(TenantId tenant, List<EmailEvent> events) {
		if (events.isEmpty()) {
			return new Stored(0, 0);
		}
		List<Map<String, Object>> rows = this.jdbc.sql(INSERT)
			.param("tenant", tenant.value())
			.param("camps", events.stream().map(EmailEvent::brevoCampaignId).toArray(Long[]::new))
			.param("emails", events.stream().map(EmailEvent::email).toArray(String[]::new))
			.param("events", events.stream().map(EmailEvent::event).toArray(String[]::new))
			.param("seconds", events.stream().map((event) -> event.occurredAt().getEpochSecond()).toArray(Long[]::new))
			.param("prefetched", events.stream().map(EmailEvent::prefetched).toArray(Boolean[]::new))
			.param("now", OffsetDateTime.now(this.clock))
			.query()
			.listOfRows();
		long matched = ((Number) rows.get(0).get("matched")).longValue();
		List<Map<String, Object>> stored = rows.stream().filter((row) -> row.get("customer_id") != null).toList();
		for (Map<String, Object> row : stored) {
			String reason = SUPPRESSIONS.get((String) row.get("event"));
			if (reason != null) {
				this.suppressions.suppress(tenant, ((Number) row.get("customer_id")).longValue(), reason);
			}
		}
		flagMachineOpens(tenant, stored);
		return new Stored(matched, stored.size());
	}

	private void flagMachineOpens(TenantId tenant, List<Map<String, Object>> stored) {
		List<Map<String, Object>> touched = stored.stream()
			.filter((row) -> row.get("event").equals("opened") || row.get("event").equals("delivered"))
			.toList();
		if (touched.isEmpty()) {
			return;
		}
		this.jdbc.sql(MACHINE_OPENS)
			.param("tenant", tenant.value())
			.param("campaigns",
					touched.stream().map((row) -> ((Number) row.get("campaign_id")).longValue()).toArray(Long[]::new))
			.param("customers",
					touched.stream().map((row) -> ((Number) row.get("customer_id")).longValue()).toArray(Long[]::new))
			.param("seconds", this.properties.machineOpenSeconds())
			.update();
	}

	record Stored(long matched, long stored) {
	}

}
