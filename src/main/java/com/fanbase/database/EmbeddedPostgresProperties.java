package com.fanbase.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDir where the cluster lives between runs
 * @param port the port to listen on, 0 for any free port
 */
@ConfigurationProperties("fanbase.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDir, int port) {

	public EmbeddedPostgresProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of("data");
	}

}
