package com.fanbase.accounts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.platforms.SecretBox;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * Stores each tenant's OpenID Connect settings, the client secret sealed like platform
 * credentials. The issuer must be https (plain http only on this machine, for a local
 * provider).
 */
@Component
public class SsoConfigurations {

	private static final String COLUMNS = "tenant_id, issuer, client_id, email_domain, default_role, updated_at";

	private static final String UPSERT = """
			insert into tenant_sso (tenant_id, issuer, client_id, client_secret, email_domain, default_role, updated_at)
			values (:tenant, :issuer, :client, :secret, :domain, :role, :now)
			on conflict (tenant_id) do update set issuer = excluded.issuer, client_id = excluded.client_id,
			    client_secret = excluded.client_secret, email_domain = excluded.email_domain,
			    default_role = excluded.default_role, updated_at = excluded.updated_at
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecretBox box;

	SsoConfigurations(JdbcClient jdbc, Clock clock, SecretBox box) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.box = box;
	}

	/** Saves the settings; a blank secret keeps the one stored. */
	public SsoSettings save(TenantId tenant, String issuer, String clientId, String secret, String emailDomain,
			Role defaultRole) {
		String domain = (emailDomain != null) ? emailDomain.strip().toLowerCase(Locale.ROOT) : "";
		byte[] sealed = (secret != null && !secret.isBlank())
				? this.box.seal(secret.strip().getBytes(StandardCharsets.UTF_8), owner(tenant)) : storedSecret(tenant);
		new Violations().check(validIssuer(issuer), "/issuer", "must be an https URL")
			.check(clientId != null && !clientId.isBlank() && clientId.length() <= 200, "/client_id",
					"is required, at most 200 characters")
			.check(sealed != null, "/client_secret", "is required")
			.check(domain.matches("[a-z0-9.-]+\\.[a-z]{2,}") && domain.length() <= 253, "/email_domain",
					"must be a domain such as example.com")
			.throwIfAny();
		this.jdbc.sql(UPSERT)
			.param("tenant", tenant.value())
			.param("issuer", issuer.strip())
			.param("client", clientId.strip())
			.param("secret", sealed)
			.param("domain", domain)
			.param("role", defaultRole.id())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		return find(tenant).orElseThrow();
	}

	public Optional<SsoSettings> find(TenantId tenant) {
		return this.jdbc.sql("select " + COLUMNS + " from tenant_sso where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(SsoConfigurations::map)
			.optional();
	}

	public Optional<SsoSettings> findByDomain(String domain) {
		return this.jdbc.sql("select " + COLUMNS + " from tenant_sso where lower(email_domain) = lower(:domain)")
			.param("domain", domain.strip())
			.query(SsoConfigurations::map)
			.optional();
	}

	/** The client secret, for the token request only. */
	public String clientSecret(TenantId tenant) {
		byte[] sealed = storedSecret(tenant);
		if (sealed == null) {
			throw new IllegalStateException("No single sign-on is set up for tenant " + tenant.value());
		}
		return new String(this.box.open(sealed, owner(tenant)), StandardCharsets.UTF_8);
	}

	public void delete(TenantId tenant) {
		this.jdbc.sql("delete from tenant_sso where tenant_id = :tenant").param("tenant", tenant.value()).update();
	}

	private byte[] storedSecret(TenantId tenant) {
		return this.jdbc.sql("select client_secret from tenant_sso where tenant_id = :tenant")
			.param("tenant", tenant.value())
			.query(byte[].class)
			.optional()
			.orElse(null);
	}

	static boolean validIssuer(String issuer) {
		try {
			URI uri = URI.create(issuer.strip());
			boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
			return uri.getHost() != null && issuer.length() <= 500
					&& ("https".equals(uri.getScheme()) || (local && "http".equals(uri.getScheme())));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String owner(TenantId tenant) {
		return "sso:" + tenant.value();
	}

	private static SsoSettings map(ResultSet rs, int row) throws SQLException {
		return new SsoSettings(TenantId.of(rs.getLong("tenant_id")), rs.getString("issuer"), rs.getString("client_id"),
				rs.getString("email_domain"), Role.find(rs.getString("default_role")).orElseThrow(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
