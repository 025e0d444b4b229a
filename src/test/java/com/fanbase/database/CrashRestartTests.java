package com.fanbase.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.fanbase.testing.Eventually;
import com.fanbase.testing.ServiceProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on its embedded PostgreSQL, killed with SIGKILL in the middle of a profile
 * rebuild, comes back on the first restart: the PostgreSQL the dead service left running
 * is stopped, the service is healthy within 30 s, the rebuild resumes from its checkpoint
 * and finishes, and no row is lost.
 */
class CrashRestartTests {

	private static final int CUSTOMERS = 5000;

	private static final int ORDERS = 10000;

	private static final String KEY = ServiceProcess.OPERATOR_KEY;

	@Test
	void comesBackAfterAKillInTheMiddleOfARebuild() throws Exception {
		Path dataDir = Path.of("target", "crash-pg", UUID.randomUUID().toString()).toAbsolutePath();
		try {
			killAndRestart(dataDir);
		}
		finally {
			// a failed run must not leave the killed service's PostgreSQL behind
			LeftoverPostmaster.clear(dataDir, Duration.ofSeconds(30));
		}
	}

	private void killAndRestart(Path dataDir) throws Exception {
		List<String> properties = List.of("--fanbase.embedded-postgres.data-dir=" + dataDir,
				"--fanbase.profiles.rebuild-chunk=500", "--fanbase.profiles.rebuild-threads=1",
				// the live pipeline's refreshes would wait on the held row too, holding
				// others
				"--fanbase.changes.enabled=false");
		long tenant;
		String key;
		long job;
		long orphan;
		String firstReplica;
		try (ServiceProcess first = ServiceProcess.start("crash-first", properties)) {
			first.awaitHealthy(Duration.ofMinutes(3));
			tenant = first
				.post("/api/audience/tenants", KEY, "application/json",
						"{\"name\": \"Crash test\", \"currency\": \"EUR\"}")
				.path("id")
				.asLong();
			key = first
				.post("/api/audience/tenants/" + tenant + "/keys", KEY, "application/json", "{\"name\": \"crash\"}")
				.path("key")
				.asString();
			seed(first, key);
			orphan = postmaster(dataDir).pid();
			try (Connection blocker = connect(dataDir)) {
				// holds customer 3001's profile row (made by then, or not yet, by the
				// live
				// pipeline's refresh): the rebuild stops at its chunk, the 7th
				blocker.setAutoCommit(false);
				try (Statement statement = blocker.createStatement()) {
					statement
						.execute("insert into customer_profiles (tenant_id, customer_id, as_of, updated_at) values ("
								+ tenant
								+ ", 3001, now(), now()) on conflict (tenant_id, customer_id) do update set updated_at = now()");
				}
				job = first.post("/api/audience/profiles/rebuild", key, "application/json", "{}")
					.path("job_id")
					.asLong();
				JsonNode midway = Eventually.await(() -> first.get("/api/audience/jobs/" + job, key),
						(body) -> body.path("progress").path("processed").asLong() == 3000, Duration.ofMinutes(2));
				firstReplica = midway.path("picked_by").asString();
				first.kill();
			}
			catch (SQLException ex) {
				throw new AssertionError(ex);
			}
		}
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the killed service")
			.contains(true);

		try (ServiceProcess second = ServiceProcess.start("crash-second", properties)) {
			Duration restart = second.awaitHealthy(Duration.ofSeconds(30));
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			String path = "/api/audience/jobs/" + job;
			JsonNode resumed = Eventually.await(() -> second.get(path, key),
					(body) -> !body.path("picked_by").asString().equals(firstReplica), Duration.ofSeconds(30));
			assertThat(resumed.path("progress").path("processed").asLong()).isGreaterThanOrEqualTo(3000);
			JsonNode done = Eventually.await(() -> second.get(path, key),
					(body) -> body.path("status").asString().equals("succeeded"), Duration.ofMinutes(2));
			assertThat(done.path("attempts").asInt()).isEqualTo(2);
			assertThat(done.path("progress").path("processed").asLong()).isEqualTo(CUSTOMERS);
			try (Connection connection = connect(dataDir); Statement statement = connection.createStatement()) {
				assertThat(count(statement, "select count(*) from customers where tenant_id = " + tenant))
					.isEqualTo(CUSTOMERS);
				assertThat(count(statement, "select count(*) from orders where tenant_id = " + tenant))
					.isEqualTo(ORDERS);
				assertThat(count(statement, "select count(*) from customer_profiles where tenant_id = " + tenant))
					.isEqualTo(CUSTOMERS);
				assertThat(count(statement,
						"select count(distinct as_of) from customer_profiles where tenant_id = " + tenant))
					.isEqualTo(1);
				assertThat(count(statement,
						"select sum(purchase_count) from customer_profiles where tenant_id = " + tenant))
					.isEqualTo(ORDERS);
			}
			assertThat(restart).isLessThan(Duration.ofSeconds(30));
			assertThat(second.stop(Duration.ofSeconds(60))).isIn(0, 143);
		}
		assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).as("the stop also stopped PostgreSQL").isFalse();
	}

	private static void seed(ServiceProcess service, String key) {
		String query = "";
		service.post("/api/audience/ingest/events" + query, key, "application/json", """
				{"id": 1, "name": "Night of Rock", "event_type": "concert", "genres": ["rock"],
				 "starts_at": "2026-06-01T19:30:00Z", "status": "scheduled"}""");
		String customers = IntStream.rangeClosed(1, CUSTOMERS)
			.mapToObj((id) -> "{\"id\": " + id + ", \"email\": \"c" + id + "@example.com\", \"email_consent\": true}")
			.collect(Collectors.joining("\n"));
		assertThat(service.post("/api/audience/ingest/customers" + query, key, "application/x-ndjson", customers)
			.path("upserted")
			.asLong()).isEqualTo(CUSTOMERS);
		String orders = IntStream.rangeClosed(1, ORDERS)
			.mapToObj((id) -> "{\"id\": " + id + ", \"customer_id\": " + ((id - 1) % CUSTOMERS + 1)
					+ ", \"event_id\": 1, \"total_cents\": 4500, \"status\": \"paid\", \"placed_at\": \"2026-01-0"
					+ (id % 9 + 1) + "T12:00:00Z\"}")
			.collect(Collectors.joining("\n"));
		assertThat(service.post("/api/audience/ingest/orders" + query, key, "application/x-ndjson", orders)
			.path("upserted")
			.asLong()).isEqualTo(ORDERS);
	}

	private static LeftoverPostmaster.PidFile postmaster(Path dataDir) {
		return LeftoverPostmaster.PidFile.read(dataDir.resolve("postmaster.pid")).orElseThrow();
	}

	private static Connection connect(Path dataDir) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + postmaster(dataDir).port() + "/postgres",
				"postgres", "");
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (var rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
