package com.fanbase.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LeftoverPostmasterTests {

	@Test
	void aDirectoryInUseByARunningServiceIsRefusedNamingItsPostgres(@TempDir Path dataDir) throws Exception {
		try (EmbeddedPostgres running = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.start()) {
			long pid = LeftoverPostmaster.PidFile.read(dataDir.resolve("postmaster.pid")).orElseThrow().pid();

			assertThatExceptionOfType(DataDirectoryInUseException.class)
				.isThrownBy(() -> LeftoverPostmaster.clear(dataDir, Duration.ofSeconds(5)))
				.withMessageContaining(dataDir.toAbsolutePath().toString())
				.withMessageContaining("pid " + pid)
				.withMessageContaining("port " + running.getPort())
				.withMessageContaining("another running Fanbase");
			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
		}
	}

	@Test
	void aPidFileWhoseProcessIsGoneIsStale(@TempDir Path dataDir) throws Exception {
		Path pidFile = dataDir.resolve("postmaster.pid");
		Files.writeString(pidFile, Long.MAX_VALUE / 2 + "\n" + dataDir + "\n1700000000\n5432\n");

		LeftoverPostmaster.clear(dataDir, Duration.ofSeconds(5));

		assertThat(pidFile).doesNotExist();
	}

	@Test
	void aPidFileNamingSomeOtherProgramIsStale(@TempDir Path dataDir) throws Exception {
		Path pidFile = dataDir.resolve("postmaster.pid");
		Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + dataDir + "\n1700000000\n5432\n");

		LeftoverPostmaster.clear(dataDir, Duration.ofSeconds(5));

		assertThat(pidFile).doesNotExist();
	}

}
