package com.fanbase.platforms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * A tenant's credentials per platform: sealed at rest, shown only masked, marked invalid
 * when the platform refuses them (and valid again when it accepts them).
 */
@Component
public class PlatformCredentials {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final SecretBox box;

	private final Clock clock;

	PlatformCredentials(JdbcClient jdbc, SecretBox box, Clock clock) {
		this.jdbc = jdbc;
		this.box = box;
		this.clock = clock;
	}

	/** Replaces the platform's credentials; they are unverified until first used. */
	public CredentialView save(TenantId tenant, Platform platform, Map<String, String> fields, CredentialSpec spec) {
		Map<String, String> masked = new TreeMap<>();
		fields.forEach((field, value) -> masked.put(field, spec.secret().contains(field) ? mask(value) : value));
		byte[] sealed = this.box.seal(json.writeValueAsBytes(new TreeMap<>(fields)), owner(tenant, platform));
		this.jdbc
			.sql("""
					insert into platform_credentials (tenant_id, platform, sealed, masked, status, status_detail, updated_at)
					values (:tenant, :platform, :sealed, cast(:masked as jsonb), 'unverified', null, :now)
					on conflict (tenant_id, platform) do update set sealed = excluded.sealed, masked = excluded.masked,
					    status = 'unverified', status_detail = null, updated_at = excluded.updated_at
					""")
			.param("tenant", tenant.value())
			.param("platform", platform.id())
			.param("sealed", sealed)
			.param("masked", json.writeValueAsString(masked))
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		return view(tenant, platform).orElseThrow();
	}

	public Optional<Credentials> find(TenantId tenant, Platform platform) {
		return this.jdbc
			.sql("select sealed from platform_credentials where tenant_id = :tenant and platform = :platform")
			.param("tenant", tenant.value())
			.param("platform", platform.id())
			.query(byte[].class)
			.optional()
			.map((sealed) -> new Credentials(
					json.readValue(new String(this.box.open(sealed, owner(tenant, platform)), StandardCharsets.UTF_8),
							new TypeReference<Map<String, String>>() {
							})));
	}

	public Optional<CredentialView> view(TenantId tenant, Platform platform) {
		return this.jdbc.sql("""
				select masked::text as masked, status, status_detail, updated_at from platform_credentials
				where tenant_id = :tenant and platform = :platform
				""")
			.param("tenant", tenant.value())
			.param("platform", platform.id())
			.query((rs, row) -> new CredentialView(platform.id(),
					json.readValue(rs.getString("masked"), new TypeReference<LinkedHashMap<String, String>>() {
					}), rs.getString("status"), rs.getString("status_detail"),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	public boolean delete(TenantId tenant, Platform platform) {
		return this.jdbc.sql("delete from platform_credentials where tenant_id = :tenant and platform = :platform")
			.param("tenant", tenant.value())
			.param("platform", platform.id())
			.update() > 0;
	}

	void mark(TenantId tenant, Platform platform, String status, String detail) {
		this.jdbc.sql("""
				update platform_credentials set status = :status, status_detail = :detail
				where tenant_id = :tenant and platform = :platform and status is distinct from :status
				""")
			.param("tenant", tenant.value())
			.param("platform", platform.id())
			.param("status", status)
			.param("detail", detail)
			.update();
	}

	static String mask(String value) {
		if (value == null || value.length() < 12) {
			return "****";
		}
		return "****" + value.substring(value.length() - 4);
	}

	private static String owner(TenantId tenant, Platform platform) {
		return tenant.value() + "/" + platform.id();
	}

}
