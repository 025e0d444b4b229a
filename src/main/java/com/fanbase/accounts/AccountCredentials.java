package com.fanbase.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.fanbase.accounts.SignInResult.Reason;
import com.fanbase.platforms.SecretBox;
import com.fanbase.tenants.TenantId;
import com.fanbase.web.Violations;

/**
 * Passwords and second factors: checks a sign-in, sets and changes passwords, turns TOTP
 * on and off. TOTP secrets are sealed with the {@link SecretBox}; a code is accepted once
 * (the last used step is kept), on every replica.
 */
@Component
public class AccountCredentials {

	private static final String CANDIDATES = "select " + Accounts.COLUMNS + """
			, password_hash, totp_secret, totp_last_step from admin_users
			where lower(email) = lower(:email) and password_hash is not null
			  and (cast(:tenant as bigint) is null or tenant_id = :tenant)
			order by tenant_id, id limit 10
			""";

	private static final String USE_STEP = """
			update admin_users set totp_last_step = :step
			where tenant_id = :tenant and id = :id and (totp_last_step is null or totp_last_step < :step)
			""";

	/**
	 * Compared against when no user matched, so unknown emails take as long as wrong
	 * passwords.
	 */
	private final String decoy;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PasswordEncoder passwords;

	private final SecretBox box;

	AccountCredentials(JdbcClient jdbc, Clock clock, PasswordEncoder passwords, SecretBox box) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.passwords = passwords;
		this.box = box;
		this.decoy = passwords.encode("decoy password that no user has");
	}

	private record Candidate(Account account, String hash, byte[] sealedTotp, Long lastStep) {
	}

	public SignInResult signIn(String email, String password, String code, TenantId tenant) {
		List<Candidate> candidates = this.jdbc.sql(CANDIDATES)
			.param("email", (email != null) ? email.strip() : "")
			.param("tenant", (tenant != null) ? tenant.value() : null)
			.query((rs, row) -> new Candidate(Accounts.map(rs, row), rs.getString("password_hash"),
					rs.getBytes("totp_secret"), (Long) rs.getObject("totp_last_step")))
			.list();
		if (candidates.isEmpty()) {
			this.passwords.matches(String.valueOf(password), this.decoy);
			return new SignInResult.Refused(Reason.INVALID_CREDENTIALS, null);
		}
		Account named = (candidates.size() == 1) ? candidates.get(0).account() : null;
		List<Candidate> matching = candidates.stream()
			.filter((candidate) -> this.passwords.matches(String.valueOf(password), candidate.hash()))
			.filter((candidate) -> candidate.account().active())
			.toList();
		if (matching.isEmpty()) {
			return new SignInResult.Refused(Reason.INVALID_CREDENTIALS, named);
		}
		if (matching.size() > 1) {
			return new SignInResult.Refused(Reason.TENANT_REQUIRED, null);
		}
		return secondFactor(matching.get(0), code);
	}

	private SignInResult secondFactor(Candidate candidate, String code) {
		Account account = candidate.account();
		if (candidate.sealedTotp() == null) {
			return new SignInResult.SignedIn(account);
		}
		if (code == null || code.isBlank()) {
			return new SignInResult.Refused(Reason.CODE_REQUIRED, account);
		}
		byte[] secret = this.box.open(candidate.sealedTotp(), owner(account.tenant(), account.id()));
		OptionalLong step = Totp.verify(secret, code, this.clock.instant(), candidate.lastStep());
		if (step.isEmpty() || !useStep(account.tenant(), account.id(), step.getAsLong())) {
			return new SignInResult.Refused(Reason.INVALID_CODE, account);
		}
		return new SignInResult.SignedIn(account);
	}

	private boolean useStep(TenantId tenant, long id, long step) {
		return this.jdbc.sql(USE_STEP)
			.param("step", step)
			.param("tenant", tenant.value())
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Sets a password (from a reset or an invitation) and ends the user's other sessions.
	 */
	public void setPassword(TenantId tenant, long id, String password) {
		Account account = this.accountsRead(tenant, id);
		Accounts.requireGood(password, account.email());
		this.jdbc.sql("""
				update admin_users set password_hash = :hash, sessions_valid_from = :now
				where tenant_id = :tenant and id = :id
				""")
			.param("hash", this.passwords.encode(password))
			.param("now", OffsetDateTime.now(this.clock))
			.param("tenant", tenant.value())
			.param("id", id)
			.update();
	}

	/**
	 * Whether the password is the user's: asked again before changing what protects the
	 * account.
	 */
	public boolean passwordMatches(TenantId tenant, long id, String password) {
		String hash = this.jdbc.sql("select password_hash from admin_users where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
		return hash != null && password != null && this.passwords.matches(password, hash);
	}

	/** Turns the second factor on once the user shows a code made from the new secret. */
	public void enableTotp(TenantId tenant, long id, byte[] secret, String code) {
		OptionalLong step = Totp.verify(secret, code, this.clock.instant(), null);
		new Violations().check(step.isPresent(), "/code", "is not the current code of this secret").throwIfAny();
		this.jdbc.sql("""
				update admin_users set totp_secret = :sealed, totp_last_step = :step
				where tenant_id = :tenant and id = :id
				""")
			.param("sealed", this.box.seal(secret, owner(tenant, id)))
			.param("step", step.getAsLong())
			.param("tenant", tenant.value())
			.param("id", id)
			.update();
	}

	/**
	 * Turns the second factor off (the user's own choice, or an owner's for a lost
	 * phone).
	 */
	public void disableTotp(TenantId tenant, long id) {
		this.jdbc.sql(
				"update admin_users set totp_secret = null, totp_last_step = null where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.update();
	}

	private Account accountsRead(TenantId tenant, long id) {
		return this.jdbc.sql("select " + Accounts.COLUMNS + " from admin_users where tenant_id = :tenant and id = :id")
			.param("tenant", tenant.value())
			.param("id", id)
			.query(Accounts::map)
			.optional()
			.orElseThrow(() -> new AccountNotFoundException(id));
	}

	private static String owner(TenantId tenant, long id) {
		return "totp:" + tenant.value() + ":" + id;
	}

}
