package com.fanbase.changes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.testing.Api;
import com.fanbase.testing.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order moves its customer into a dynamic segment and onto the Meta audience, and its
 * refund takes them off again, with nobody asking for a refresh or a sync; and a hop that
 * fails midway loses nothing and does nothing twice.
 */
class LiveAudienceTests extends LiveTestSupport {

	static final String BIG_SPENDERS = """
			{"name": "Big spenders", "criteria": {"match": "all", "rules": [
			    {"field": "total_spent", "operator": ">=", "value": 100}]}}""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOrderPutsItsCustomerOnTheMetaAudienceAndItsRefundTakesThemOff() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		String audience = exportedBigSpenders(tenant);
		String hashed = sha256(email(tenant, 3));
		assertThat(this.fake.meta.members(audience)).hasSize(2).noneMatch((key) -> key.contains(hashed));

		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		ingest(api, "orders", order(103, 3, 15_000, "paid", now));
		Eventually.await(() -> this.fake.meta.members(audience), (members) -> members.size() == 3, DEADLINE);
		assertThat(this.fake.meta.members(audience)).anyMatch((key) -> key.contains(hashed));
		JsonNode segment = api.get("/api/audience/segments/" + segmentId(tenant)).body();
		assertThat(segment.path("member_count").asLong()).isEqualTo(3);
		assertThat(segment.path("members_as_of").isString()).as(segment.toString()).isTrue();
		assertThat(segment.path("lag_seconds").asLong()).isBetween(0L, 60L);

		ingest(api, "orders", order(103, 3, 15_000, "refunded", now));
		Eventually.await(() -> this.fake.meta.members(audience), (members) -> members.size() == 2, DEADLINE);
		assertThat(this.fake.meta.members(audience)).noneMatch((key) -> key.contains(hashed));
		JsonNode export = Eventually
			.await(() -> api.get("/api/audience/exports?segment_id=" + segmentId(tenant)).body(),
					(list) -> list.path(0).path("status").asString().equals("completed")
							&& list.path(0).path("members_as_of").isString(),
					DEADLINE)
			.path(0);
		assertThat(export.path("lag_seconds").asLong()).isBetween(0L, 60L);
		JsonNode exits = api.get("/api/audience/segments/" + segmentId(tenant) + "/history").body();
		assertThat(exits.toString()).contains("\"removed\":1");
	}

	@Test
	void aHopThatFailsMidwayLosesNothingAndDoesNothingTwice() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		String audience = exportedBigSpenders(tenant);
		long segment = segmentId(tenant);
		// The segment hop's transaction fails when it writes the export hop's row, as if
		// the
		// process died between evaluating the members and handing them on.
		// A sequence counts the attempts: unlike a row, its value survives the rollback.
		String attempts = "pipeline_fails_" + tenant.id();
		this.jdbc.sql("create sequence " + attempts).update();
		this.jdbc
			.sql("""
					create function %1$s() returns trigger language plpgsql as $$
					begin perform nextval('%1$s'); raise exception 'simulated crash between hops'; end $$"""
				.formatted(attempts))
			.update();
		this.jdbc.sql(
				"create trigger pipeline_fails_%d before insert on pipeline_changes for each row when (new.tenant_id = %d and new.hop = 'exports') execute function %s()"
					.formatted(tenant.id(), tenant.id(), attempts))
			.update();
		try {
			String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
			ingest(api, "orders", order(104, 4, 20_000, "paid", now));
			Eventually.await(() -> this.jdbc.sql("select last_value from " + attempts + " where is_called")
				.query(Long.class)
				.optional()
				.orElse(0L), (tries) -> tries >= 2, DEADLINE);
			assertThat(waiting(tenant)).as("the segment hop's row waits").isPositive();
			assertThat(members(tenant, segment)).doesNotContain(4L);
		}
		finally {
			this.jdbc.sql("drop trigger pipeline_fails_%d on pipeline_changes".formatted(tenant.id())).update();
			this.jdbc.sql("drop function " + attempts).update();
			this.jdbc.sql("drop sequence " + attempts).update();
		}
		Eventually.await(() -> this.fake.meta.members(audience), (members) -> members.size() == 3, DEADLINE);
		assertThat(members(tenant, segment)).contains(4L);
		assertThat(this.jdbc
			.sql("""
					select count(*) from audience_segment_history where tenant_id = :tenant and segment_id = :segment
					  and added > 0 and refreshed_at > (select created_at from audience_segments where tenant_id = :tenant and id = :segment)
					  and size = 3
					""")
			.param("tenant", tenant.id())
			.param("segment", segment)
			.query(Long.class)
			.single()).as("the entry is recorded once").isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from pipeline_changes where tenant_id = :tenant and done_at is null
				""").param("tenant", tenant.id()).query(Long.class).single()).isZero();
	}

	private long waiting(TestTenant tenant) {
		return this.jdbc.sql("""
				select count(*) from pipeline_changes where tenant_id = :tenant and hop = 'segments' and done_at is null
				""").param("tenant", tenant.id()).query(Long.class).single();
	}

	/**
	 * Customers 1 to 4 with orders of 150, 120, 50 and 10, profiles built, the segment of
	 * those who spent 100 or more exported to Meta; answers the audience.
	 */
	private String exportedBigSpenders(TestTenant tenant) {
		Api api = tenant.api();
		Api.Response configured = api.send("PUT", "/api/audience/settings/platforms/meta",
				"{\"access_token\": \"meta-live-%d-%d\", \"ad_account_id\": \"act_1234\", \"app_id\": \"99\", \"app_secret\": \"s3cr3t-app-secret\"}"
					.formatted(tenant.id(), System.nanoTime()));
		assertThat(configured.status()).as(configured.text()).isEqualTo(200);
		String past = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		ingest(api, "events",
				"{\"id\": 1, \"name\": \"R\", \"event_type\": \"concert\", \"starts_at\": \"" + past + "\"}");
		ingest(api, "customers", IntStream.rangeClosed(1, 4)
			.mapToObj((i) -> "{\"id\": %d, \"email\": \"%s\", \"ads_consent\": true}".formatted(i, email(tenant, i)))
			.collect(Collectors.joining("\n")));
		ingest(api, "orders",
				String.join("\n", order(101, 1, 15_000, "paid", past), order(102, 2, 12_000, "paid", past),
						order(99, 3, 5_000, "paid", past), order(98, 4, 1_000, "paid", past)));
		rebuild(api);
		Api.Response created = api.postJson("/api/audience/segments", BIG_SPENDERS);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		Api.Response exported = api.postJson("/api/audience/exports/meta",
				"{\"segment_id\": %d, \"audience_name\": \"Live\"}".formatted(created.body().path("id").asLong()));
		assertThat(exported.status()).as(exported.text()).isEqualTo(202);
		return settled(api, exported.body().path("export_id").asLong()).path("external_audience_id").asString();
	}

	private long segmentId(TestTenant tenant) {
		return tenant.api().get("/api/audience/segments").body().path(0).path("id").asLong();
	}

	private Set<Long> members(TestTenant tenant, long segment) {
		return Set.copyOf(this.jdbc.sql(
				"select customer_id from audience_segment_customers where tenant_id = :tenant and segment_id = :segment")
			.param("tenant", tenant.id())
			.param("segment", segment)
			.query(Long.class)
			.list());
	}

	private static String email(TestTenant tenant, int i) {
		return "live" + i + "-t" + tenant.id() + "@example.com";
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
