package com.fanbase.campaigns.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * Each tenant's hourly allowance of Brevo statistics requests, in PostgreSQL so every
 * replica draws from the same one: fixed one-hour windows, and a pause when Brevo
 * answered 429 with a long {@code x-sib-ratelimit-reset}.
 */
@Component
class SyncBudget {

	private static final String CLAIM = """
			insert into campaign_stats_sync_budget as b (tenant_id, window_start, used) values (:tenant, :now, 1)
			on conflict (tenant_id) do update set
			    window_start = case when b.window_start <= :now - interval '1 hour' then :now else b.window_start end,
			    used = case when b.window_start <= :now - interval '1 hour' then 1 else b.used + 1 end
			where (b.paused_until is null or b.paused_until <= :now)
			  and (b.window_start <= :now - interval '1 hour' or b.used < :budget)
			returning used
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	SyncBudget(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Takes one request from the tenant's allowance; false when none is left. */
	boolean claim(TenantId tenant, int perHour) {
		if (perHour <= 0) {
			return false;
		}
		return this.jdbc.sql(CLAIM)
			.param("tenant", tenant.value())
			.param("now", OffsetDateTime.now(this.clock))
			.param("budget", perHour)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	/** No more requests for the tenant until Brevo's window resets. */
	void pause(TenantId tenant, Duration wait) {
		this.jdbc.sql("""
				update campaign_stats_sync_budget set paused_until = :until where tenant_id = :tenant
				""").param("tenant", tenant.value()).param("until", OffsetDateTime.now(this.clock).plus(wait)).update();
	}

}
