package com.fanbase.tenants;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OperatorKeyTests {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetGeneratedKey() {
		this.jdbc.sql("delete from operator_keys").update();
	}

	@Test
	void generatesTheKeyOncePrintsItOnceAndStoresOnlyItsHash() {
		OperatorKey first = new OperatorKey(this.jdbc, Clock.systemUTC(), "");
		OperatorKey secondReplica = new OperatorKey(this.jdbc, Clock.systemUTC(), "");

		String printed = capture(first::ensureExists);
		String printedAgain = capture(secondReplica::ensureExists);

		Matcher key = Pattern.compile("fbk_[A-Za-z0-9_-]+").matcher(printed);
		assertThat(key.find()).isTrue();
		assertThat(printedAgain).isEmpty();
		assertThat(secondReplica.matches(KeySecrets.hash(key.group()))).isTrue();
		assertThat(secondReplica.matches(KeySecrets.hash("fbk_guess"))).isFalse();
		byte[] stored = this.jdbc.sql("select key_hash from operator_keys").query(byte[].class).single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(key.group());
		assertThat(stored).isEqualTo(KeySecrets.hash(key.group()));
	}

	@Test
	void aConfiguredKeyWinsAndNothingIsGenerated() {
		OperatorKey configured = new OperatorKey(this.jdbc, Clock.systemUTC(), "my-operator-secret");

		String printed = capture(configured::ensureExists);

		assertThat(printed).isEmpty();
		assertThat(configured.matches(KeySecrets.hash("my-operator-secret"))).isTrue();
		assertThat(this.jdbc.sql("select count(*) from operator_keys").query(Long.class).single()).isZero();
	}

	private static String capture(Runnable action) {
		PrintStream original = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			action.run();
		}
		finally {
			System.setOut(original);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
