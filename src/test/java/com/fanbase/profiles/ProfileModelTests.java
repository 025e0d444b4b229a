package com.fanbase.profiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.demo.DemoScale;
import com.fanbase.demo.TicketingDataGenerator;
import com.fanbase.ingestion.IngestionRun;
import com.fanbase.ingestion.Ingestor;
import com.fanbase.ingestion.RawRow;
import com.fanbase.ingestion.RecordKind;
import com.fanbase.jobs.JobExecution;
import com.fanbase.jobs.JobId;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;
import com.fanbase.tenants.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProfileModelTests extends ApiTestSupport {

	static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

	@Autowired
	Ingestor ingestor;

	@Autowired
	ProfileParts parts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fitsTheBgNbdWhereThereIsEnoughHistoryAndScoresEveryBuyer() {
		TestTenant tenant = newTenant();
		load(TenantId.of(tenant.id()), new DemoScale(2500, 150, 25_000, 7));

		long job = tenant.api()
			.postJson("/api/audience/profiles/rebuild", "{\"as_of\": \"" + NOW + "\"}")
			.body()
			.path("job_id")
			.asLong();
		JsonNode done = Eventually.await(() -> tenant.api().get("/api/audience/jobs/" + job).body(),
				(body) -> body.path("finished_at").isString(), Duration.ofSeconds(120));

		assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("succeeded");
		assertThat(done.path("progress").path("processed").asLong()).isEqualTo(2500);
		JsonNode model = tenant.api().get("/api/audience/profiles/model").body();
		assertThat(model.path("model").asString()).isEqualTo("bgnbd");
		assertThat(model.path("repeat_buyers").asLong()).isGreaterThanOrEqualTo(ProfileModeler.MIN_REPEAT_BUYERS);
		for (String parameter : List.of("r", "alpha", "a", "b", "p", "q", "v")) {
			assertThat(model.path(parameter).asDouble()).as(parameter).isPositive();
		}
		assertThat(model.path("log_likelihood").asDouble()).isNegative();
		assertThat(model.path("as_of").asString()).isEqualTo(NOW.toString());
		String churnModel = model.path("churn_model").asString();
		assertThat(churnModel).isIn("recency", "bgnbd", "mbgnbd", "classifier", "blend");
		JsonNode backtest = model.path("backtest");
		assertThat(backtest.path("cutoff").asString()).isEqualTo(NOW.minus(Duration.ofDays(180)).toString());
		assertThat(backtest.path("chosen").asString()).isEqualTo(churnModel);
		String oneTimeModel = model.path("churn_model_one_time_buyers").asString();
		assertThat(backtest.path("chosen_one_time_buyers").asString()).isEqualTo(oneTimeModel);
		assertThat(oneTimeModel).isIn("recency", "bgnbd", "mbgnbd", "classifier", "blend");
		assertThat(backtest.path("customers").asLong()).isGreaterThanOrEqualTo(300);
		double recencyAuc = backtest.path("recency_auc").asDouble();
		assertThat(recencyAuc).isBetween(0.5, 1.0);
		List<String> names = new java.util.ArrayList<>();
		for (JsonNode candidate : backtest.path("candidates")) {
			names.add(candidate.path("name").asString());
			assertThat(candidate.path("auc").asDouble()).as(candidate.toString()).isBetween(0.0, 1.0);
			assertThat(candidate.path("description").asString()).isNotBlank();
		}
		if (!churnModel.equals("recency")) {
			assertThat(backtest.path("chosen_auc").asDouble()).isGreaterThan(recencyAuc);
			assertThat(backtest.path("chosen_auc_one_time_buyers").asDouble())
				.isGreaterThanOrEqualTo(backtest.path("recency_auc_one_time_buyers").asDouble());
		}
		assertThat(names).contains("recency", "bgnbd_p_alive", "bgnbd", "mbgnbd", "classifier", "blend");
		String countModel = backtest.path("expected_purchases").path("model").asString();
		assertThat(countModel).isIn("bgnbd", "mbgnbd");
		JsonNode bands = backtest.path("expected_purchases").path(countModel).path("bands");
		assertThat(bands.size()).isPositive();
		long inBands = 0;
		for (JsonNode band : bands) {
			inBands += band.path("customers").asLong();
		}
		assertThat(inBands).isEqualTo(backtest.path("customers").asLong());
		assertThat(model.path("churn_note").asString()).contains("recency");
		assertThat(model.path("explanations").path("churn_probability").asString())
			.contains("buys nothing in the next 180 days");
		Map<String, Object> stats = this.jdbc
			.sql("""
					select count(*) filter (where p_alive is null or churn_probability is null) as unscored,
					    count(*) filter (where churn_risk <> round(100 * churn_probability)) as inconsistent,
					    count(*) filter (where p_alive < 0 or p_alive > 1 or churn_probability < 0 or churn_probability > 1)
					        as out_of_range,
					    count(*) filter (where expected_purchases_365d < expected_purchases_90d) as shrinking,
					    count(*) filter (where churn_model <> case when repeat_transactions = 0 then :one_time_model
					       else :churn_model end) as other_model,
					    count(*) filter (where repeat_transactions = 0 and age_days > 365 and churn_risk = 0) as lapsed_at_zero
					from customer_profiles where tenant_id = :tenant and purchase_count > 0
					""")
			.param("tenant", tenant.id())
			.param("churn_model", churnModel)
			.param("one_time_model", oneTimeModel)
			.query()
			.singleRow();
		assertThat(stats).containsEntry("unscored", 0L)
			.containsEntry("inconsistent", 0L)
			.containsEntry("out_of_range", 0L)
			.containsEntry("shrinking", 0L)
			.containsEntry("other_model", 0L)
			.containsEntry("lapsed_at_zero", 0L);
		JsonNode profile = tenant.api().get("/api/audience/profiles?sort=churn_probability&order=desc&limit=1").body();
		assertThat(profile.path("items").get(0).path("churn_probability").asDouble()).isBetween(0.0, 1.0);
		assertThat(profile.path("items").get(0).path("churn_model").asString()).isIn(churnModel, oneTimeModel);
	}

	@Test
	void aRestartedRebuildResumesFromItsCheckpointWithTheSameAsOf() throws Exception {
		TestTenant tenant = newTenant();
		TenantId id = TenantId.of(tenant.id());
		load(id, new DemoScale(10, 20, 40, 3));
		// The first attempt built chunk 0 (customers 1-3) and died; the retry starts at
		// chunk 1.
		FakeExecution retry = new FakeExecution(id, "2026-10-01T00:00:00Z|1");

		new ProfileRebuildJob(this.parts, java.time.Clock.systemUTC(), 3, 2, (event) -> {
		}).run(retry);

		List<Long> built = this.jdbc.sql("select customer_id from customer_profiles where tenant_id = :t order by 1")
			.param("t", tenant.id())
			.query(Long.class)
			.list();
		assertThat(built).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L);
		assertThat(this.jdbc.sql("select distinct as_of from customer_profiles where tenant_id = :t")
			.param("t", tenant.id())
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
		assertThat(retry.checkpoint).isEqualTo("2026-10-01T00:00:00Z|4");
		assertThat(retry.processed.get()).isEqualTo(10);
	}

	void load(TenantId tenant, DemoScale scale) {
		TicketingDataGenerator generator = new TicketingDataGenerator(scale, NOW);
		load(tenant, RecordKind.EVENTS, generator::events);
		load(tenant, RecordKind.CUSTOMERS, generator::customers);
		load(tenant, RecordKind.ORDERS, generator::orders);
		load(tenant, RecordKind.ACTIVITIES, generator::activities);
	}

	void load(TenantId tenant, RecordKind kind, Consumer<Consumer<Map<String, Object>>> rows) {
		IngestionRun run = this.ingestor.start(tenant, kind);
		AtomicLong line = new AtomicLong();
		rows.accept((row) -> run.row(new RawRow(line.incrementAndGet(), row)));
		assertThat(run.finish().rejected()).isZero();
	}

	static final class FakeExecution implements JobExecution {

		final TenantId tenant;

		final AtomicLong processed = new AtomicLong();

		String checkpoint;

		FakeExecution(TenantId tenant, String checkpoint) {
			this.tenant = tenant;
			this.checkpoint = checkpoint;
		}

		@Override
		public JobId id() {
			return new JobId(0);
		}

		@Override
		public TenantId tenant() {
			return this.tenant;
		}

		@Override
		public Map<String, Object> params() {
			return Map.of();
		}

		@Override
		public void progress(long processed, Long total) {
			this.processed.set(processed);
		}

		@Override
		public Optional<String> checkpoint() {
			return Optional.ofNullable(this.checkpoint);
		}

		@Override
		public void checkpoint(String value) {
			this.checkpoint = value;
		}

	}

}
