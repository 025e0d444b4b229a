package com.fanbase.tenants;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.testing.IntegrationTest;
import com.fanbase.testing.StandardOut;

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

		String printed = StandardOut.capture(first::ensureExists);
		String printedAgain = StandardOut.capture(secondReplica::ensureExists);

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

		String printed = StandardOut.capture(configured::ensureExists);

		assertThat(printed).isEmpty();
		assertThat(configured.matches(KeySecrets.hash("my-operator-secret"))).isTrue();
		assertThat(this.jdbc.sql("select count(*) from operator_keys").query(Long.class).single()).isZero();
	}

}
