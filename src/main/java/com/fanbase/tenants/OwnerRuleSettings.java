package com.fanbase.tenants;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each tenant's {@link OwnerRules}, {@link OwnerRules#DEFAULTS} until an owner changes
 * them; and the one check every sensitive action makes.
 */
@Component
public class OwnerRuleSettings {

	private static final String UPSERT = """
			insert into tenant_owner_rules (tenant_id, owner_only_platform_credentials, owner_only_webhook_secret,
			    owner_approval_above_recipients, updated_at)
			values (:tenant, :credentials, :webhook, :above, :now)
			on conflict (tenant_id) do update set
			    owner_only_platform_credentials = excluded.owner_only_platform_credentials,
			    owner_only_webhook_secret = excluded.owner_only_webhook_secret,
			    owner_approval_above_recipients = excluded.owner_approval_above_recipients,
			    updated_at = excluded.updated_at
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	OwnerRuleSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public OwnerRules get(TenantId tenant) {
		return this.jdbc.sql("""
				select owner_only_platform_credentials, owner_only_webhook_secret, owner_approval_above_recipients
				from tenant_owner_rules where tenant_id = :tenant
				""")
			.param("tenant", tenant.value())
			.query((rs, row) -> new OwnerRules(rs.getBoolean(1), rs.getBoolean(2), (Long) rs.getObject(3)))
			.optional()
			.orElse(OwnerRules.DEFAULTS);
	}

	public OwnerRules save(TenantId tenant, OwnerRules rules) {
		this.jdbc.sql(UPSERT)
			.param("tenant", tenant.value())
			.param("credentials", rules.platformCredentials())
			.param("webhook", rules.webhookSecret())
			.param("above", rules.approvalAboveRecipients())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		return get(tenant);
	}

	/**
	 * Whether a caller with this role may take the action on this many recipients; a null
	 * role is the operator's, which includes every role.
	 */
	public boolean allows(TenantId tenant, Role role, OwnerRule rule, long recipients) {
		return role == null || role.includes(Role.OWNER) || !get(tenant).reserves(rule, recipients);
	}

	/** Throws {@link OwnerRequiredException} unless {@link #allows} the action. */
	public void require(TenantId tenant, Role role, OwnerRule rule, long recipients, String detail) {
		if (!allows(tenant, role, rule, recipients)) {
			throw new OwnerRequiredException(rule, detail);
		}
	}

}
