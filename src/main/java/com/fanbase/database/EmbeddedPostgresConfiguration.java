package com.fanbase.database;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 from the binaries on the classpath when no datasource URL is set,
 * and points the connection pool at it. The data directory persists, so a restart keeps
 * the data; a PostgreSQL left running by a run that died is stopped first (see
 * {@link LeftoverPostmaster}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		Files.createDirectories(properties.dataDir());
		LeftoverPostmaster.clear(properties.dataDir(), Duration.ofSeconds(30));
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(properties.dataDir())
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("work_mem", "32MB")
			.setServerConfig("maintenance_work_mem", "256MB")
			.setServerConfig("max_wal_size", "4GB")
			.start();
		log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(),
				properties.dataDir().toAbsolutePath());
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(16);
		dataSource.setPoolName("fanbase");
		return dataSource;
	}

}
