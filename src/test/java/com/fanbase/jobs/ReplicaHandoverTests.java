package com.fanbase.jobs;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.fanbase.exports.fakes.FakeGate;
import com.fanbase.exports.fakes.FakeServer;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.ServiceProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the service on one PostgreSQL. The first is stopped normally (SIGTERM,
 * as a rolling deploy does) while a profile rebuild, an export to Meta and the launch of
 * a Brevo email campaign are in the middle of their work; the second finishes each of
 * them, and none is recorded as failed.
 */
class ReplicaHandoverTests {

	private static final int CUSTOMERS = 1000;

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final FakeServer fake = FakeServer.get();

	@Test
	void aStoppedReplicasRunningJobsAreFinishedByAnother() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				ServiceProcess first = ServiceProcess.start("handover-first", properties(postgres));
				Connection blocker = postgres.getPostgresDatabase().getConnection()) {
			first.awaitHealthy(TIMEOUT);
			Setup setup = Setup.on(first, this.fake);
			Tenant tenant = setup.tenant();
			holdProfile(blocker, tenant.id(), 701);
			Work work = Work.start(first, tenant, setup.segment());
			Eventually.await(() -> "meta " + setup.metaBatches().waiting() + ", brevo " + setup.brevoImports().waiting()
					+ ", rebuilt " + job(first, tenant, work.rebuild()).path("progress").path("processed").asLong()
					+ "; " + activity(postgres), (state) -> state.startsWith("meta 1, brevo 1, rebuilt 500;"), TIMEOUT);
			String firstReplica = job(first, tenant, work.rebuild()).path("picked_by").asString();
			for (long job : work.jobs()) {
				assertThat(job(first, tenant, job).path("picked_by").asString()).isEqualTo(firstReplica);
			}
			// the second replica starts only now, so that the first one holds all the
			// work
			try (ServiceProcess second = ServiceProcess.start("handover-second", properties(postgres))) {
				second.awaitHealthy(TIMEOUT);

				first.stop(TIMEOUT);

				for (long job : work.jobs()) {
					Eventually.await(() -> job(second, tenant, job),
							(body) -> !body.path("picked_by").asString().equals(firstReplica), TIMEOUT);
				}
				blocker.rollback();
				for (long job : work.jobs()) {
					JsonNode done = Eventually.await(() -> job(second, tenant, job),
							(body) -> body.path("finished_at").isString(), TIMEOUT);
					assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("succeeded");
					assertThat(done.path("attempts").asInt()).as("a hand-over is not an attempt").isEqualTo(1);
				}
				setup.metaBatches().drop();
				setup.brevoImports().drop();
				assertThat(first.log()).contains("it is handed over").doesNotContain(" failed");
				assertFinished(second, setup, work);
			}
		}
	}

	private void assertFinished(ServiceProcess second, Setup setup, Work work) {
		String key = setup.tenant().key();
		assertThat(setup.metaBatches().held()).isEqualTo(1);
		assertThat(setup.brevoImports().held()).isEqualTo(1);
		JsonNode export = second.get("/api/audience/exports/" + work.export(), key);
		assertThat(export.path("status").asString()).isEqualTo("completed");
		assertThat(export.path("members").path("sent").asLong()).isEqualTo(CUSTOMERS * 4 / 5);
		assertThat(this.fake.meta.members(export.path("external_audience_id").asString())).hasSize(CUSTOMERS * 4 / 5);
		assertThat(this.fake.requests(setup.metaToken())
			.stream()
			.filter((request) -> request.request().path().endsWith("/users") && request.status() == 200))
			.as("each batch accepted once: the one cut off in flight was sent again by the second replica")
			.hasSize(CUSTOMERS * 4 / 5 / 100);
		JsonNode campaign = second.get("/api/audience/campaigns/" + work.campaign(), key);
		assertThat(campaign.path("status").asString()).isEqualTo("sent");
		assertThat(this.fake.brevo.campaigns.createdWith(setup.brevoKey())).hasSize(1);
		assertThat(second.get("/api/audience/profiles?limit=1", key).toString()).contains(work.asOf());
	}

	/**
	 * A tenant with customers, profiles, a segment of all of them and both platforms
	 * configured.
	 */
	private record Setup(Tenant tenant, long segment, String metaToken, String brevoKey, FakeGate metaBatches,
			FakeGate brevoImports) {

		static Setup on(ServiceProcess service, FakeServer fake) {
			Tenant tenant = Tenant.create(service);
			seed(service, tenant);
			String metaToken = "meta-handover-" + System.nanoTime();
			String brevoKey = "brevo-handover-" + System.nanoTime();
			service.put("/api/audience/settings/platforms/meta", tenant.key(),
					"{\"access_token\": \"%s\", \"ad_account_id\": \"act_1234\", \"app_id\": \"99\", \"app_secret\": \"s3cr3t-app-secret\"}"
						.formatted(metaToken));
			service.put("/api/audience/settings/platforms/brevo", tenant.key(), "{\"api_key\": \"" + brevoKey + "\"}");
			// the third batch to Meta and the first check of a Brevo import are held in
			// flight
			FakeGate metaBatches = fake.hold(metaToken, (request) -> request.path().endsWith("/users"), 2);
			FakeGate brevoImports = fake.hold(brevoKey, (request) -> request.path().startsWith("/v3/processes/"), 0);
			return new Setup(tenant, ReplicaHandoverTests.segment(service, tenant), metaToken, brevoKey, metaBatches,
					brevoImports);
		}

	}

	private List<String> properties(EmbeddedPostgres postgres) {
		return List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--fanbase.jobs.shutdown-wait=1s",
				"--fanbase.profiles.rebuild-chunk=500", "--fanbase.profiles.rebuild-threads=1",
				// the live pipeline's refreshes would wait on the held row too, holding
				// others
				"--fanbase.changes.enabled=false", "--fanbase.exports.meta.base-url=" + this.fake.url("/meta/v25.0"),
				"--fanbase.exports.brevo.base-url=" + this.fake.url("/brevo/v3"),
				"--fanbase.exports.meta.batch-size=100", "--fanbase.exports.sync-check-interval=1h",
				"--fanbase.campaigns.import-poll=50ms", "--fanbase.exports.retry.base=1ms",
				"--fanbase.exports.retry.max-backoff=20ms");
	}

	private static void seed(ServiceProcess service, Tenant tenant) {
		String customers = IntStream.rangeClosed(1, CUSTOMERS)
			.mapToObj((
					i) -> "{\"id\": %d, \"email\": \"fan%d@example.com\", \"phone\": \"030 %d\", \"country\": \"DE\", \"first_name\": \"Fan\", \"ads_consent\": %s, \"email_consent\": true}"
						.formatted(i, i, 2000000 + i, i % 5 != 0))
			.collect(Collectors.joining("\n"));
		service.post("/api/audience/ingest/customers", tenant.key(), "application/x-ndjson", customers);
		long built = service.post("/api/audience/profiles/rebuild", tenant.key(), "application/json", "{}")
			.path("job_id")
			.asLong();
		Eventually.await(() -> job(service, tenant, built),
				(body) -> body.path("status").asString().equals("succeeded"), TIMEOUT);
	}

	private static long segment(ServiceProcess service, Tenant tenant) {
		long segment = service
			.post("/api/audience/segments", tenant.key(), "application/json",
					"{\"name\": \"Everyone\", \"segment_type\": \"static\"}")
			.path("id")
			.asLong();
		service.post("/api/audience/segments/" + segment + "/members", tenant.key(), "application/json",
				"{\"customer_ids\": " + IntStream.rangeClosed(1, CUSTOMERS).boxed().toList() + "}");
		return segment;
	}

	/**
	 * Keeps a customer's profile row locked, so a rebuild waits at that customer's chunk.
	 */
	private static void holdProfile(Connection connection, long tenant, long customer) throws Exception {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("select 1 from customer_profiles where tenant_id = " + tenant + " and customer_id = "
					+ customer + " for update");
		}
	}

	private static String activity(EmbeddedPostgres postgres) {
		try (Connection c = postgres.getPostgresDatabase().getConnection();
				Statement st = c.createStatement();
				var rs = st.executeQuery(
						"select pid, wait_event_type, wait_event, state, left(query, 100) from pg_stat_activity where state <> 'idle'")) {
			StringBuilder out = new StringBuilder();
			while (rs.next()) {
				out.append(rs.getString(1))
					.append(' ')
					.append(rs.getString(2))
					.append(' ')
					.append(rs.getString(3))
					.append(' ')
					.append(rs.getString(4))
					.append(' ')
					.append(rs.getString(5))
					.append(" | ");
			}
			return out.toString();
		}
		catch (Exception ex) {
			return ex.toString();
		}
	}

	private static JsonNode job(ServiceProcess service, Tenant tenant, long job) {
		return service.get("/api/audience/jobs/" + job, tenant.key());
	}

	private record Tenant(long id, String key) {

		static Tenant create(ServiceProcess service) {
			String operator = ServiceProcess.OPERATOR_KEY;
			long id = service
				.post("/api/audience/tenants", operator, "application/json",
						"{\"name\": \"Handover\", \"currency\": \"EUR\", \"plan\": \"pro\"}")
				.path("id")
				.asLong();
			String key = service
				.post("/api/audience/tenants/" + id + "/keys", operator, "application/json", "{\"name\": \"handover\"}")
				.path("key")
				.asString();
			return new Tenant(id, key);
		}

	}

	/** The three jobs started on the first replica. */
	private record Work(long rebuild, long export, long exportJob, long campaign, long launchJob, String asOf) {

		static Work start(ServiceProcess service, Tenant tenant, long segment) {
			String asOf = "2026-06-01T00:00:00Z";
			long rebuild = service
				.post("/api/audience/profiles/rebuild", tenant.key(), "application/json",
						"{\"as_of\": \"" + asOf + "\"}")
				.path("job_id")
				.asLong();
			JsonNode export = service.post("/api/audience/exports/meta", tenant.key(), "application/json",
					"{\"segment_id\": %d, \"audience_name\": \"Handover\"}".formatted(segment));
			long campaign = service
				.post("/api/audience/campaigns", tenant.key(), "application/json",
						"""
								{"segment_id": %d, "name": "Handover news", "campaign_type": "email", "holdout_percent": 0,
								 "settings": {"subject": "Your next gig", "sender_name": "Fanbase Tickets",
								  "sender_email": "news@tickets.example", "html_content": "<p>Hello</p>"}}"""
							.formatted(segment))
				.path("id")
				.asLong();
			service.post("/api/audience/campaigns/" + campaign + "/launch", tenant.key(), "application/json", "{}");
			JsonNode jobs = service.get("/api/audience/jobs?limit=20", tenant.key());
			long launch = 0;
			for (JsonNode job : jobs) {
				if (job.path("type").asString().equals("campaign-launch:" + campaign)) {
					launch = job.path("id").asLong();
				}
			}
			assertThat(launch).as(jobs.toString()).isPositive();
			return new Work(rebuild, export.path("export_id").asLong(), export.path("job_id").asLong(), campaign,
					launch, asOf);
		}

		List<Long> jobs() {
			return List.of(this.rebuild, this.exportJob, this.launchJob);
		}

	}

}
