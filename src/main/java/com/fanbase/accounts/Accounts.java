package com.fanbase.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * The users of each tenant: who they are, their role, whether they may still sign in.
 * Passwords and second factors are {@link AccountCredentials}'s.
 */
@Component
public class Accounts {

	static final String COLUMNS = """
			tenant_id, id, email, role, password_hash is not null as has_password,
			totp_secret is not null as totp_enabled, sessions_valid_from, created_at, disabled_at
			""";

	private static final String INSERT = """
			insert into admin_users (tenant_id, email, role, password_hash, sessions_valid_from, created_at)
			values (:tenant, :email, :role, :hash, :now, :now)
			returning id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PasswordEncoder passwords;

	Accounts(JdbcClient jdbc, Clock clock, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.passwords = passwords;
	}

	public List<Account> list(TenantId tenant) {
		return this.jdbc.sql("select " + COLUMNS + " from admin_users where tenant_id = :tenant order by id")
			.param("tenant", tenant.value())
			.query(Accounts::map)
			.list();
	}

	public Optional<Account> find(TenantId tenant, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from admin_users where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.query(Accounts::map)
			.optional();
	}

	public Account require(TenantId tenant, long id) {
		return find(tenant, id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	public Optional<Account> findByEmail(TenantId tenant, String email) {
		return this.jdbc
			.sql("select " + COLUMNS + " from admin_users where tenant_id = :tenant and lower(email) = lower(:email)")
			.param("tenant", tenant.value())
			.param("email", email.strip())
			.query(Accounts::map)
			.optional();
	}

	/**
	 * Adds a user; {@code password} may be null for one who signs in only through single
	 * sign-on. The password must pass the {@link PasswordPolicy}.
	 */
	public Account create(TenantId tenant, String email, Role role, String password) {
		String address = validEmail(email);
		if (password != null) {
			requireGood(password, address);
		}
		try {
			long id = this.jdbc.sql(INSERT)
				.param("tenant", tenant.value())
				.param("email", address)
				.param("role", role.id())
				.param("hash", (password != null) ? this.passwords.encode(password) : null)
				.param("now", now())
				.query(Long.class)
				.single();
			return require(tenant, id);
		}
		catch (DuplicateKeyException ex) {
			throw new AccountExistsException();
		}
	}

	/** Changes a user's role; their sessions end, so the new role applies at once. */
	public Account changeRole(TenantId tenant, long id, Role role) {
		update(tenant, id, "role = :role, sessions_valid_from = :now", role.id());
		return require(tenant, id);
	}

	/** Disables (or enables again) a user; a disabled user's sessions end. */
	public Account setDisabled(TenantId tenant, long id, boolean disabled) {
		update(tenant, id, disabled ? "disabled_at = :now, sessions_valid_from = :now" : "disabled_at = null", null);
		return require(tenant, id);
	}

	/** Ends every session of the user, on every replica, from the next request on. */
	public void endSessions(TenantId tenant, long id) {
		update(tenant, id, "sessions_valid_from = :now", null);
	}

	private void update(TenantId tenant, long id, String set, String role) {
		int changed = this.jdbc.sql("update admin_users set " + set + " where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.param("now", now())
			.param("role", role)
			.update();
		if (changed == 0) {
			throw new AccountNotFoundException(id);
		}
	}

	static String validEmail(String email) {
		String address = (email != null) ? email.strip() : "";
		new Violations().check(address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "/email", "must be an email address")
			.check(address.length() <= 254, "/email", "must be at most 254 characters")
			.throwIfAny();
		return address;
	}

	static void requireGood(String password, String email) {
		PasswordPolicy.problem(password, email)
			.ifPresent((problem) -> new Violations().add("/password", problem).throwIfAny());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	static Account map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime disabled = rs.getObject("disabled_at", OffsetDateTime.class);
		return new Account(rs.getLong("id"), TenantId.of(rs.getLong("tenant_id")), rs.getString("email"),
				Role.find(rs.getString("role")).orElseThrow(), rs.getBoolean("has_password"),
				rs.getBoolean("totp_enabled"), instant(rs, "sessions_valid_from"), instant(rs, "created_at"),
				(disabled != null) ? disabled.toInstant() : null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
