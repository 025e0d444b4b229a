package com.fanbase.jobs;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;
import com.fanbase.tenants.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class JobsTests extends ApiTestSupport {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	Jobs jobs;

	@Autowired
	ControlledJobHandler handler;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsAJobAndShowsItsProgress() {
		TestTenant tenant = newTenant();
		Job job = this.jobs.submit(TenantId.of(tenant.id()), ControlledJobHandler.TYPE, Map.of());

		JsonNode running = awaitJob(tenant, job.id().value(),
				(body) -> body.path("progress").path("processed").asLong() == 1);
		this.handler.release(tenant.id());
		JsonNode done = awaitJob(tenant, job.id().value(),
				(body) -> body.path("status").asString().equals("succeeded"));

		assertThat(running.path("status").asString()).isEqualTo("running");
		assertThat(running.path("progress").path("total").asLong()).isEqualTo(2);
		assertThat(done.path("progress").path("processed").asLong()).isEqualTo(2);
		assertThat(done.path("finished_at").isMissingNode()).isFalse();
	}

	@Test
	void aSecondJobOfTheSameTypeJoinsTheUnfinishedOne() {
		TestTenant tenant = newTenant();
		TenantId id = TenantId.of(tenant.id());

		Job first = this.jobs.submit(id, ControlledJobHandler.TYPE, Map.of());
		Job second = this.jobs.submit(id, ControlledJobHandler.TYPE, Map.of());
		this.handler.release(tenant.id());
		awaitJob(tenant, first.id().value(), (body) -> body.path("status").asString().equals("succeeded"));
		Job third = this.jobs.submit(id, ControlledJobHandler.TYPE, Map.of());

		assertThat(second.id()).isEqualTo(first.id());
		assertThat(third.id()).isNotEqualTo(first.id());
	}

	@Test
	void recordsWhyAJobFailed() {
		TestTenant tenant = newTenant();
		this.handler.release(tenant.id());

		Job job = this.jobs.submit(TenantId.of(tenant.id()), ControlledJobHandler.TYPE, Map.of("fail", true));

		JsonNode failed = awaitJob(tenant, job.id().value(), (body) -> body.path("status").asString().equals("failed"));
		assertThat(failed.path("error").asString()).isEqualTo("asked to fail");
	}

	@Test
	void anInterruptedJobResumesFromItsCheckpoint() {
		TestTenant tenant = newTenant();
		this.handler.release(tenant.id());
		// A job left running by a process that died, after it saved a checkpoint.
		long jobId = this.jdbc.sql("""
				insert into jobs (tenant_id, type, status, checkpoint, attempts, created_at, started_at)
				values (:tenant, :type, 'running', to_jsonb('chunk 7'::text), 1, now(), now()) returning id
				""").param("tenant", tenant.id()).param("type", ControlledJobHandler.TYPE).query(Long.class).single();
		JobRef ref = new JobRef(tenant.id(), jobId);

		new JobRunner(new JobRepository(this.jdbc, java.time.Clock.systemUTC()), java.util.List.of(this.handler),
				new Replica())
			.run(ref);

		assertThat(this.handler.checkpointsSeen.get(jobId)).isEqualTo("chunk 7");
		JsonNode done = tenant.api().get("/api/audience/jobs/" + jobId).body();
		assertThat(done.path("status").asString()).isEqualTo("succeeded");
		assertThat(done.path("attempts").asInt()).isEqualTo(2);
	}

	@Test
	void anotherTenantsJobIsNotFound() {
		TestTenant mine = newTenant();
		TestTenant theirs = newTenant();
		this.handler.release(theirs.id());
		Job job = this.jobs.submit(TenantId.of(theirs.id()), ControlledJobHandler.TYPE, Map.of());

		assertThat(mine.api().get("/api/audience/jobs/" + job.id()).status()).isEqualTo(404);
		assertThat(mine.api().get("/api/audience/jobs").body().size()).isZero();
	}

	private JsonNode awaitJob(TestTenant tenant, long id, java.util.function.Predicate<JsonNode> condition) {
		Api api = tenant.api();
		return Eventually.await(() -> api.get("/api/audience/jobs/" + id).body(), condition, TIMEOUT);
	}

}
