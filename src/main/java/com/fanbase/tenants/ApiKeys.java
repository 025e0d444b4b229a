package com.fanbase.tenants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues, lists, revokes and checks tenant keys, and checks the operator key.
 */
@Component
public class ApiKeys {

	private static final String INSERT = """
			insert into api_keys (tenant_id, key_hash, prefix, name, role, created_at)
			values (:tenant, :hash, :prefix, :name, :role, :now)
			returning id, tenant_id, name, prefix, role, created_at
			""";

	private static final String ACTIVE = """
			select id, tenant_id, name, prefix, role, created_at from api_keys
			where tenant_id = :tenant and revoked_at is null order by id
			""";

	private static final String REVOKE = """
			update api_keys set revoked_at = :now
			where tenant_id = :tenant and id = :id and revoked_at is null
			""";

	private static final String AUTHENTICATE = """
			select id, tenant_id, role from api_keys where key_hash = :hash and revoked_at is null
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OperatorKey operatorKey;

	ApiKeys(JdbcClient jdbc, Clock clock, OperatorKey operatorKey) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.operatorKey = operatorKey;
	}

	/** Issues an owner key: what every key was before keys had roles. */
	public IssuedKey issue(TenantId tenant, String name) {
		return issue(tenant, name, Role.OWNER);
	}

	public IssuedKey issue(TenantId tenant, String name, Role role) {
		String secret = KeySecrets.generate();
		ApiKey key = this.jdbc.sql(INSERT)
			.param("tenant", tenant.value())
			.param("hash", KeySecrets.hash(secret))
			.param("prefix", KeySecrets.displayPrefix(secret))
			.param("name", name)
			.param("role", role.id())
			.param("now", OffsetDateTime.now(this.clock))
			.query(ApiKeys::map)
			.single();
		return new IssuedKey(key, secret);
	}

	public List<ApiKey> list(TenantId tenant) {
		return this.jdbc.sql(ACTIVE).param("tenant", tenant.value()).query(ApiKeys::map).list();
	}

	public void revoke(TenantId tenant, long keyId) {
		int revoked = this.jdbc.sql(REVOKE)
			.param("tenant", tenant.value())
			.param("id", keyId)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		if (revoked == 0) {
			throw new ApiKeyNotFoundException(keyId);
		}
	}

	/** Who a presented secret belongs to, if it is a live key. */
	public Optional<Caller> authenticate(String secret) {
		byte[] hash = KeySecrets.hash(secret);
		if (this.operatorKey.matches(hash)) {
			return Optional.of(new Caller.Operator());
		}
		return this.jdbc.sql(AUTHENTICATE)
			.param("hash", hash)
			.query((rs,
					row) -> (Caller) new Caller.TenantMember(TenantId.of(rs.getLong("tenant_id")), rs.getLong("id"),
							Role.find(rs.getString("role")).orElseThrow()))
			.optional();
	}

	private static ApiKey map(ResultSet rs, int row) throws SQLException {
		return new ApiKey(rs.getLong("id"), TenantId.of(rs.getLong("tenant_id")), rs.getString("name"),
				rs.getString("prefix"), Role.find(rs.getString("role")).orElseThrow(),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
