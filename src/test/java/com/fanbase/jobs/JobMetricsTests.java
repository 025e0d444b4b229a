package com.fanbase.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;
import com.fanbase.tenants.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class JobMetricsTests extends ApiTestSupport {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	Jobs jobs;

	@Autowired
	ControlledJobHandler handler;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsARunningJobByTypeAndStatus() {
		TestTenant tenant = newTenant();
		Job job = this.jobs.submit(TenantId.of(tenant.id()), ControlledJobHandler.TYPE, Map.of());
		awaitStatus(tenant, job, "running");

		MeterRegistry registry = freshlyBound();

		assertThat(registry.get("fanbase.jobs.active")
			.tags("type", ControlledJobHandler.TYPE, "status", "running")
			.gauge()
			.value()).isGreaterThanOrEqualTo(1);
		this.handler.release(tenant.id());
		awaitStatus(tenant, job, "succeeded");
	}

	@Test
	void countsAJobThatFailedInTheLastHour() {
		double before = freshlyBound().get("fanbase.jobs.failed.last.hour").gauge().value();
		TestTenant tenant = newTenant();
		this.handler.release(tenant.id());
		Job job = this.jobs.submit(TenantId.of(tenant.id()), ControlledJobHandler.TYPE, Map.of("fail", true));
		awaitStatus(tenant, job, "failed");

		double after = freshlyBound().get("fanbase.jobs.failed.last.hour").gauge().value();

		assertThat(after).isGreaterThan(before);
	}

	@Test
	void reportsTheAgeOfTheOldestQueuedJob() {
		TestTenant tenant = newTenant();
		// A job queued an hour ago that no scheduler execution will ever pick up.
		this.jdbc.sql("""
				insert into jobs (tenant_id, type, status, created_at)
				values (:tenant, 'test-never-run', 'queued', now() - interval '1 hour')
				""").param("tenant", tenant.id()).update();

		double age = freshlyBound().get("fanbase.jobs.oldest.queued").gauge().value();

		assertThat(age).isGreaterThanOrEqualTo(3600);
		this.jdbc.sql("delete from jobs where tenant_id = :tenant").param("tenant", tenant.id()).update();
	}

	@Test
	void areScrapedByPrometheus() {
		String scrape = operator().get("/actuator/prometheus").text();

		assertThat(scrape).contains("fanbase_jobs_oldest_queued_seconds", "fanbase_jobs_failed_last_hour",
				"fanbase_scheduler_overdue");
	}

	/**
	 * A binder of its own, so the figures are read now rather than from a cached
	 * snapshot.
	 */
	private MeterRegistry freshlyBound() {
		MeterRegistry registry = new SimpleMeterRegistry();
		JobMetrics metrics = new JobMetrics(this.jdbc, Clock.systemUTC(), Duration.ZERO);
		metrics.bindTo(registry);
		metrics.current();
		return registry;
	}

	private void awaitStatus(TestTenant tenant, Job job, String status) {
		Api api = tenant.api();
		Eventually.await(() -> api.get("/api/audience/jobs/" + job.id().value()).body(),
				(body) -> body.path("status").asString().equals(status), TIMEOUT);
	}

}
