package com.fanbase.campaigns.stats;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.RandomSecrets;
import com.fanbase.tenants.TenantId;

/**
 * Each tenant's Brevo webhook secret: random, shown once when issued, stored only as its
 * SHA-256 (so a leaked database does not let anyone post events). Issuing again rotates
 * it: the old secret stops working at once.
 */
@Component
public class WebhookSecrets {

	private final JdbcClient jdbc;

	private final Clock clock;

	WebhookSecrets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public String issue(TenantId tenant) {
		String secret = RandomSecrets.generate("whsec_", 32);
		this.jdbc.sql("""
				insert into campaign_settings (tenant_id, webhook_secret_hash, updated_at) values (:tenant, :hash, :now)
				on conflict (tenant_id) do update set webhook_secret_hash = excluded.webhook_secret_hash,
				    updated_at = excluded.updated_at
				""")
			.param("tenant", tenant.value())
			.param("hash", RandomSecrets.hash(secret))
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		return secret;
	}

	public boolean exists(TenantId tenant) {
		return this.jdbc.sql(
				"select exists (select 1 from campaign_settings where tenant_id = :tenant and webhook_secret_hash is not null)")
			.param("tenant", tenant.value())
			.query(Boolean.class)
			.single();
	}

	/** The tenant whose secret this is. */
	Optional<TenantId> tenantOf(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 200) {
			return Optional.empty();
		}
		return this.jdbc.sql("select tenant_id from campaign_settings where webhook_secret_hash = :hash")
			.param("hash", RandomSecrets.hash(secret.strip()))
			.query(Long.class)
			.optional()
			.map(TenantId::of);
	}

}
