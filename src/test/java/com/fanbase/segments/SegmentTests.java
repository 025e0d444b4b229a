package com.fanbase.segments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SegmentTests extends SegmentTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SegmentSchedules schedules;

	static final String ROCK_OR_INDIE = """
			{"name": "Rock and indie fans", "criteria": {"match": "all", "rules": [
			    {"field": "total_spent", "operator": ">=", "value": 100},
			    {"field": "genres", "operator": "includes", "value": ["rock", "indie"]}]}}""";

	@Test
	void aDynamicSegmentIsFilledAtOnceAndListsItsMembers() {
		TestTenant tenant = seeded();

		Api.Response created = tenant.api().postJson("/api/audience/segments", ROCK_OR_INDIE);

		assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
		long id = created.body().path("id").asLong();
		assertThat(created.body().path("segment_type").asString()).isEqualTo("dynamic");
		assertThat(created.body().path("member_count").asLong()).isEqualTo(2);
		assertThat(created.body().path("last_refresh_status").asString()).isEqualTo("succeeded");
		JsonNode members = tenant.api().get("/api/audience/segments/" + id + "/customers").body().path("items");
		assertThat(members.findValues("customer_id").stream().map(JsonNode::asLong)).containsExactly(1L, 2L);
		assertThat(members.get(0).has("entered_at")).isTrue();
		assertThat(members.get(0).path("affinity").asDouble()).isPositive();
	}

	@Test
	void aProfileRebuildRefreshesDynamicSegmentsApplyingOnlyWhoEnteredAndWhoLeft() {
		TestTenant tenant = seeded();
		long id = tenant.api().postJson("/api/audience/segments", ROCK_OR_INDIE).body().path("id").asLong();
		String entered = tenant.api()
			.get("/api/audience/segments/" + id + "/customers")
			.body()
			.path("items")
			.get(0)
			.path("entered_at")
			.asString();
		String recent = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		tenant.api().postJson("/api/audience/ingest/orders", order(4, 3, 1, 9000, recent));
		tenant.api()
			.postJson("/api/audience/ingest/orders",
					"{\"id\": 2, \"customer_id\": 2, \"event_id\": 2, \"total_cents\": 12000, \"status\": \"refunded\","
							+ " \"placed_at\": \"" + recent + "\"}");
		rebuild(tenant.api());

		JsonNode again = tenant.api().postJson("/api/audience/segments/" + id + "/refresh", "{}").body();

		assertThat(again.path("added").asLong()).isZero();
		assertThat(again.path("removed").asLong()).isZero();
		assertThat(again.path("size").asLong()).isEqualTo(2);
		JsonNode members = tenant.api().get("/api/audience/segments/" + id + "/customers").body().path("items");
		assertThat(members.findValues("customer_id").stream().map(JsonNode::asLong)).containsExactly(1L, 3L);
		assertThat(members.get(0).path("entered_at").asString()).isEqualTo(entered);
		JsonNode history = tenant.api().get("/api/audience/segments/" + id + "/history").body();
		assertThat(history.size()).isEqualTo(3);
		assertThat(history.get(1).path("added").asLong()).isEqualTo(1);
		assertThat(history.get(1).path("removed").asLong()).isEqualTo(1);
		assertThat(history.get(2).path("added").asLong()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from audience_segment_exits where tenant_id = :t and customer_id = 2")
			.param("t", tenant.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void staleDynamicSegmentsAreRefreshedOnSchedule() {
		TestTenant tenant = seeded();
		long id = tenant.api().postJson("/api/audience/segments", ROCK_OR_INDIE).body().path("id").asLong();
		this.jdbc.sql("update audience_segments set last_refreshed_at = now() - interval '2 hours' where id = :id")
			.param("id", id)
			.update();

		this.schedules.refreshStale();

		JsonNode segment = tenant.api().get("/api/audience/segments/" + id).body();
		assertThat(Instant.parse(segment.path("last_refreshed_at").asString()))
			.isAfter(Instant.now().minus(10, ChronoUnit.MINUTES));
		assertThat(tenant.api().get("/api/audience/segments/" + id + "/history").body().size()).isEqualTo(2);
	}

	@Test
	void staticSegmentsTakeMembersByIdAndReportUnknownOnes() {
		TestTenant tenant = seeded();
		long id = tenant.api()
			.postJson("/api/audience/segments", "{\"name\": \"VIPs\", \"segment_type\": \"static\"}")
			.body()
			.path("id")
			.asLong();

		JsonNode added = tenant.api()
			.postJson("/api/audience/segments/" + id + "/members", "{\"customer_ids\": [1, 2, 999]}")
			.body();
		JsonNode removed = tenant.api()
			.postJson("/api/audience/segments/" + id + "/members/remove", "{\"customer_ids\": [1]}")
			.body();

		assertThat(added.path("unknown_customer_ids").get(0).asLong()).isEqualTo(999);
		assertThat(added.path("member_count").asLong()).isEqualTo(2);
		assertThat(removed.path("member_count").asLong()).isEqualTo(1);
	}

	@Test
	void staticMembersComeFromACsvOfIdsOrEmailsWithBadLinesReported() {
		TestTenant tenant = seeded();
		long id = tenant.api()
			.postJson("/api/audience/segments", "{\"name\": \"Guest list\", \"segment_type\": \"static\"}")
			.body()
			.path("id")
			.asLong();

		Api.Response upload = tenant.api()
			.post("/api/audience/segments/" + id + "/members/upload", "text/csv",
					"customer_id\n1\nTHREE@example.com\nnot a customer\n424242\n\"2\",extra\n");

		assertThat(upload.status()).as(String.valueOf(upload.body())).isEqualTo(200);
		assertThat(upload.body().path("lines").asLong()).isEqualTo(5);
		assertThat(upload.body().path("added").asLong()).isEqualTo(3);
		assertThat(upload.body().path("rejected").asLong()).isEqualTo(2);
		assertThat(upload.body().path("errors").findValues("line").stream().map(JsonNode::asLong))
			.containsExactlyInAnyOrder(4L, 5L);
		assertThat(upload.body().path("member_count").asLong()).isEqualTo(3);
		JsonNode members = tenant.api().get("/api/audience/segments/" + id + "/customers").body().path("items");
		assertThat(members.findValues("customer_id").stream().map(JsonNode::asLong)).containsExactly(1L, 2L, 3L);
	}

	@Test
	void theBasePlanAllowsTenSegments() {
		TestTenant tenant = newTenant();
		for (int i = 1; i <= 10; i++) {
			assertThat(tenant.api()
				.postJson("/api/audience/segments", "{\"name\": \"S" + i + "\", \"segment_type\": \"static\"}")
				.status()).isEqualTo(201);
		}

		Api.Response eleventh = tenant.api()
			.postJson("/api/audience/segments", "{\"name\": \"S11\", \"segment_type\": \"static\"}");

		assertThat(eleventh.status()).isEqualTo(403);
		assertThat(eleventh.type()).endsWith("/plan-limit-reached");
		assertThat(eleventh.body().path("detail").asString()).contains("10 segments");
	}

	@Test
	void refusesReferenceCyclesAndBadRequests() {
		TestTenant tenant = newTenant();
		long a = tenant.api()
			.postJson("/api/audience/segments",
					"{\"name\": \"A\", \"criteria\": {\"match\": \"all\", \"rules\": ["
							+ "{\"field\": \"purchase_count\", \"operator\": \">=\", \"value\": 1}]}}")
			.body()
			.path("id")
			.asLong();
		long b = tenant.api()
			.postJson("/api/audience/segments",
					"{\"name\": \"B\", \"criteria\": {\"match\": \"all\", \"rules\": ["
							+ "{\"field\": \"in_segment\", \"operator\": \"is\", \"value\": " + a + "}]}}")
			.body()
			.path("id")
			.asLong();

		Api.Response cycle = tenant.api()
			.send("PATCH", "/api/audience/segments/" + a, "{\"criteria\": {\"match\": \"all\", \"rules\": ["
					+ "{\"field\": \"in_segment\", \"operator\": \"is\", \"value\": " + b + "}]}}");
		Api.Response lookalike = tenant.api()
			.postJson("/api/audience/segments", "{\"name\": \"L\", \"segment_type\": \"lookalike\"}");
		Api.Response noCriteria = tenant.api().postJson("/api/audience/segments", "{\"name\": \"D\"}");

		assertThat(cycle.status()).isEqualTo(400);
		assertThat(cycle.body().path("errors").get(0).path("pointer").asString()).startsWith("/criteria/rules/0");
		assertThat(lookalike.status()).isEqualTo(400);
		assertThat(noCriteria.body().path("errors").get(0).path("pointer").asString()).isEqualTo("/criteria");
	}

	@Test
	void anotherTenantsSegmentIsNotFound() {
		TestTenant mine = newTenant();
		TestTenant theirs = newTenant();
		long id = theirs.api()
			.postJson("/api/audience/segments", "{\"name\": \"Theirs\", \"segment_type\": \"static\"}")
			.body()
			.path("id")
			.asLong();

		assertThat(mine.api().get("/api/audience/segments/" + id).status()).isEqualTo(404);
		assertThat(mine.api().get("/api/audience/segments/" + id + "/customers").status()).isEqualTo(404);
		assertThat(mine.api().delete("/api/audience/segments/" + id).status()).isEqualTo(404);
		assertThat(mine.api().get("/api/audience/segments").body().size()).isZero();
		assertThat(theirs.api().delete("/api/audience/segments/" + id).status()).isEqualTo(204);
	}

}
