package com.fanbase.database;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set, the service uses that PostgreSQL and starts
 * none of its own. The "external" server here is a separately started PostgreSQL.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExternalDatabaseTests {

	static final EmbeddedPostgres external = start();

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> external.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		external.close();
	}

	@Test
	void usesTheConfiguredDatabaseAndStartsNoneOfItsOwn() throws Exception {
		assertThat(this.context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).contains(":" + external.getPort() + "/");
		}
		assertThat(this.jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
			.isPositive();
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
