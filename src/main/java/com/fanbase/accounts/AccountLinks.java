package com.fanbase.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fanbase.accounts.AccountLink.IssuedLink;
import com.fanbase.accounts.AccountLink.Purpose;
import com.fanbase.tenants.RandomSecrets;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;

/**
 * Invitations and password resets: links with 192 random bits, kept as their SHA-256,
 * that work once and until they expire ({@code fanbase.accounts.invitation-ttl}, default
 * 7 days; {@code fanbase.accounts.reset-ttl}, default 24 hours). Redeeming one is one
 * transaction: the link is spent exactly when the user or password is stored.
 */
@Component
public class AccountLinks {

	private static final String INSERT = """
			insert into admin_user_tokens (tenant_id, token_hash, purpose, email, role, user_id, created_by,
			    created_at, expires_at)
			values (:tenant, :hash, :purpose, :email, :role, :user, :by, :now, :expires)
			returning id, tenant_id, purpose, email, role, user_id, expires_at
			""";

	private static final String LIVE = """
			select id, tenant_id, purpose, email, role, user_id, expires_at from admin_user_tokens
			where token_hash = :hash and used_at is null and expires_at > :now
			""";

	private static final String SPEND = """
			update admin_user_tokens set used_at = :now
			where tenant_id = :tenant and id = :id and used_at is null and expires_at > :now
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Accounts accounts;

	private final AccountCredentials credentials;

	private final Duration invitationTtl;

	private final Duration resetTtl;

	AccountLinks(JdbcClient jdbc, Clock clock, Accounts accounts, AccountCredentials credentials,
			@Value("${fanbase.accounts.invitation-ttl:7d}") Duration invitationTtl,
			@Value("${fanbase.accounts.reset-ttl:24h}") Duration resetTtl) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.accounts = accounts;
		this.credentials = credentials;
		this.invitationTtl = invitationTtl;
		this.resetTtl = resetTtl;
	}

	/** Invites someone by email with a role; {@code by} names the inviter without PII. */
	public IssuedLink invite(TenantId tenant, String email, Role role, String by) {
		String address = Accounts.validEmail(email);
		if (this.accounts.findByEmail(tenant, address).isPresent()) {
			throw new AccountExistsException();
		}
		return issue(tenant, Purpose.INVITATION, address, role, null, by, this.invitationTtl);
	}

	/** A link that lets the user choose a new password. */
	public IssuedLink reset(TenantId tenant, long userId, String by) {
		Account account = this.accounts.require(tenant, userId);
		return issue(tenant, Purpose.RESET, account.email(), account.role(), userId, by, this.resetTtl);
	}

	/** The live link behind a token, if there is one. */
	public Optional<AccountLink> find(String token) {
		return this.jdbc.sql(LIVE)
			.param("hash", RandomSecrets.hash(String.valueOf(token)))
			.param("now", OffsetDateTime.now(this.clock))
			.query(AccountLinks::map)
			.optional();
	}

	/** Accepts an invitation: the user is created with the chosen password. */
	@Transactional
	public Account accept(String token, String password) {
		AccountLink link = live(token, Purpose.INVITATION);
		Account account = this.accounts.create(link.tenant(), link.email(), link.role(), password);
		spend(link);
		return account;
	}

	/** Sets a new password through a reset link; the user's sessions end. */
	@Transactional
	public Account resetPassword(String token, String password) {
		AccountLink link = live(token, Purpose.RESET);
		this.credentials.setPassword(link.tenant(), link.userId(), password);
		spend(link);
		return this.accounts.require(link.tenant(), link.userId());
	}

	private AccountLink live(String token, Purpose purpose) {
		return find(token).filter((link) -> link.purpose() == purpose).orElseThrow(LinkExpiredException::new);
	}

	private void spend(AccountLink link) {
		int spent = this.jdbc.sql(SPEND)
			.param("now", OffsetDateTime.now(this.clock))
			.param("tenant", link.tenant().value())
			.param("id", link.id())
			.update();
		if (spent != 1) {
			throw new LinkExpiredException();
		}
	}

	private IssuedLink issue(TenantId tenant, Purpose purpose, String email, Role role, Long user, String by,
			Duration ttl) {
		String token = RandomSecrets.generate("", 24);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		AccountLink link = this.jdbc.sql(INSERT)
			.param("tenant", tenant.value())
			.param("hash", RandomSecrets.hash(token))
			.param("purpose", purpose.id())
			.param("email", email)
			.param("role", role.id())
			.param("user", user)
			.param("by", by)
			.param("now", now)
			.param("expires", now.plus(ttl))
			.query(AccountLinks::map)
			.single();
		return new IssuedLink(link, token);
	}

	private static AccountLink map(ResultSet rs, int row) throws SQLException {
		return new AccountLink(rs.getLong("id"), TenantId.of(rs.getLong("tenant_id")),
				Purpose.valueOf(rs.getString("purpose").toUpperCase()), rs.getString("email"),
				Role.find(rs.getString("role")).orElseThrow(), (Long) rs.getObject("user_id"),
				rs.getObject("expires_at", OffsetDateTime.class).toInstant());
	}

}
