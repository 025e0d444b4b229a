package com.fanbase.database;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL's data directory is held by a process the service must not
 * stop.
 */
class DataDirectoryInUseException extends IllegalStateException {

	DataDirectoryInUseException(Path dataDir, String holder) {
		super("The embedded PostgreSQL data directory " + dataDir.toAbsolutePath() + " is in use by " + holder
				+ ". Stop it, or set fanbase.embedded-postgres.data-dir to another directory.");
	}

}
