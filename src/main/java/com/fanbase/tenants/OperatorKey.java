package com.fanbase.tenants;

import java.io.PrintStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The operator key. It comes from {@code FANBASE_OPERATOR_KEY}; when that is unset, the
 * first replica to start generates one, stores only its hash, and prints it once.
 */
@Component
class OperatorKey {

	private static final String INSERT = """
			insert into operator_keys (id, key_hash, created_at) values (1, :hash, :now)
			on conflict (id) do nothing
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile byte[] hash;

	OperatorKey(JdbcClient jdbc, Clock clock, @Value("${fanbase.operator-key:}") String configured) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.hash = configured.isBlank() ? null : KeySecrets.hash(configured.strip());
	}

	boolean matches(byte[] candidate) {
		byte[] expected = this.hash;
		if (expected == null) {
			expected = loadStored();
		}
		return expected != null && MessageDigest.isEqual(expected, candidate);
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureExists() {
		if (this.hash != null || loadStored() != null) {
			return;
		}
		String secret = KeySecrets.generate();
		int inserted = this.jdbc.sql(INSERT)
			.param("hash", KeySecrets.hash(secret))
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		if (inserted == 1) {
			announce(secret, System.out);
		}
		loadStored();
	}

	private byte[] loadStored() {
		this.hash = this.jdbc.sql("select key_hash from operator_keys where id = 1")
			.query(byte[].class)
			.optional()
			.orElse(null);
		return this.hash;
	}

	private static void announce(String secret, PrintStream out) {
		out.println();
		out.println("  Generated the operator key. It is shown this once and stored only as a hash:");
		out.println();
		out.println("      " + secret);
		out.println();
		out.println("  Set FANBASE_OPERATOR_KEY to choose your own instead.");
		out.println();
	}

}
