package com.fanbase.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for the embedded PostgreSQL after the service died without stopping it
 * (a {@code kill -9}, a crashed laptop or container): the postmaster it started outlives
 * it and keeps the data directory, and a new postmaster would refuse to start. A
 * postmaster of the embedded binaries serving this data directory, while no running
 * service holds the directory's lock, was left by an earlier run: it is stopped with a
 * fast shutdown (its sessions died with the service; committed work is kept). A directory
 * held by anything else is refused with an error that names the holder. A
 * {@code postmaster.pid} whose process is gone, or is now some other program, is stale.
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

	/**
	 * The lock file the embedded PostgreSQL library holds while a service uses the
	 * directory.
	 */
	private static final String SERVICE_LOCK = "epg-lock";

	private LeftoverPostmaster() {
	}

	static void clear(Path dataDir, Duration timeout) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		Optional<PidFile> recorded = PidFile.read(pidFile);
		if (recorded.isEmpty()) {
			return;
		}
		PidFile postmaster = recorded.get();
		Optional<ProcessHandle> process = (postmaster.pid() > 0)
				? ProcessHandle.of(postmaster.pid()).filter(ProcessHandle::isAlive) : Optional.empty();
		if (process.isEmpty() || !servesDirectory(process.get(), dataDir)) {
			log.info("Removing the stale postmaster.pid of {} (process {} is not its PostgreSQL)", dataDir,
					postmaster.pid());
			delete(pidFile);
			return;
		}
		String holder = describe(process.get(), postmaster);
		if (!embedded(process.get())) {
			throw new DataDirectoryInUseException(dataDir, holder + ", which is not the embedded PostgreSQL");
		}
		if (!lockFree(dataDir)) {
			throw new DataDirectoryInUseException(dataDir, holder + " of another running Fanbase");
		}
		log.warn("The embedded PostgreSQL of an earlier run is still running ({}); stopping it", holder);
		stop(process.get(), dataDir, timeout);
	}

	private static boolean servesDirectory(ProcessHandle process, Path dataDir) {
		String command = process.info().command().orElse("");
		if (!Path.of(command).getFileName().toString().equals("postgres")) {
			return false;
		}
		Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
		try {
			return Files.isSameFile(cwd, dataDir);
		}
		catch (IOException ex) {
			List<String> args = List.of(process.info().arguments().orElse(new String[0]));
			int flag = args.indexOf("-D");
			return flag >= 0 && flag + 1 < args.size() && sameFile(Path.of(args.get(flag + 1)), dataDir);
		}
	}

	private static boolean embedded(ProcessHandle process) {
		Path bin = Path.of(process.info().command().orElse("/")).getParent();
		return bin != null && Files.isExecutable(bin.resolve("pg_ctl")) && bin.toString().contains("embedded-pg");
	}

	/**
	 * Whether no running service holds the directory (the library locks it while in use).
	 */
	private static boolean lockFree(Path dataDir) {
		Path lock = dataDir.resolve(SERVICE_LOCK);
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			FileLock held = channel.tryLock();
			if (held == null) {
				return false;
			}
			held.release();
			return true;
		}
		catch (OverlappingFileLockException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void stop(ProcessHandle process, Path dataDir, Duration timeout) {
		Path pgCtl = Path.of(process.info().command().orElseThrow()).resolveSibling("pg_ctl");
		try {
			Process stop = new ProcessBuilder(pgCtl.toString(), "stop", "-D", dataDir.toAbsolutePath().toString(), "-m",
					"fast", "-w", "-t", Long.toString(timeout.toSeconds()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			stop.waitFor(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
			if (!process.onExit().toCompletableFuture().isDone()) {
				process.destroy();
			}
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the leftover PostgreSQL", ex);
		}
		catch (Exception ex) {
			throw new DataDirectoryInUseException(dataDir,
					"PostgreSQL (pid " + process.pid() + "), which did not stop within " + timeout);
		}
	}

	private static String describe(ProcessHandle process, PidFile postmaster) {
		return "PostgreSQL (pid " + process.pid() + ", port " + postmaster.port() + ", "
				+ process.info().command().orElse("unknown program") + ")";
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The first lines of PostgreSQL's {@code postmaster.pid}: the postmaster's process
	 * id, its data directory, its start time and its port.
	 */
	record PidFile(long pid, String dataDir, int port) {

		static Optional<PidFile> read(Path file) {
			List<String> lines;
			try {
				lines = Files.readAllLines(file);
			}
			catch (NoSuchFileException ex) {
				return Optional.empty();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			try {
				int port = (lines.size() > 3) ? Integer.parseInt(lines.get(3).strip()) : 0;
				return Optional.of(new PidFile(Long.parseLong(lines.get(0).strip()), lines.get(1).strip(), port));
			}
			catch (RuntimeException ex) {
				// half written by a postmaster killed while starting: nothing holds it
				return Optional.of(new PidFile(-1, "", 0));
			}
		}

	}

}
