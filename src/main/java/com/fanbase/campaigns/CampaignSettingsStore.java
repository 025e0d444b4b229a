package com.fanbase.campaigns;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * A tenant's campaign settings ({@code campaign_settings}; no row means the defaults).
 */
@Component
public class CampaignSettingsStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	CampaignSettingsStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public CampaignSettings get(TenantId tenant) {
		return this.jdbc.sql("""
				select frequency_cap_emails, frequency_cap_hours, attribution_days from campaign_settings
				where tenant_id = :tenant
				""")
			.param("tenant", tenant.value())
			.query((rs, row) -> new CampaignSettings(rs.getInt("frequency_cap_emails"),
					rs.getInt("frequency_cap_hours"), rs.getInt("attribution_days")))
			.optional()
			.orElse(CampaignSettings.DEFAULTS);
	}

	/** Saves the settings after checking them; problems are reported by field name. */
	public CampaignSettings save(TenantId tenant, CampaignSettings settings) {
		new Violations()
			.check(settings.frequencyCapEmails() >= 1 && settings.frequencyCapEmails() <= 100, "/frequency_cap_emails",
					"must be from 1 to 100")
			.check(settings.frequencyCapHours() >= 0 && settings.frequencyCapHours() <= 720, "/frequency_cap_hours",
					"must be from 0 (no cap) to 720")
			.check(settings.attributionDays() >= 1 && settings.attributionDays() <= 90, "/attribution_days",
					"must be from 1 to 90")
			.throwIfAny();
		this.jdbc
			.sql("""
					insert into campaign_settings (tenant_id, frequency_cap_emails, frequency_cap_hours, attribution_days, updated_at)
					values (:tenant, :emails, :hours, :days, :now)
					on conflict (tenant_id) do update set frequency_cap_emails = excluded.frequency_cap_emails,
					    frequency_cap_hours = excluded.frequency_cap_hours, attribution_days = excluded.attribution_days,
					    updated_at = excluded.updated_at
					""")
			.param("tenant", tenant.value())
			.param("emails", settings.frequencyCapEmails())
			.param("hours", settings.frequencyCapHours())
			.param("days", settings.attributionDays())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		return get(tenant);
	}

}
