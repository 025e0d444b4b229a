package com.fanbase.segments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LookalikeTests extends SegmentTestSupport {

	/**
	 * Customers 1-15 are recent rock concert-goers in Berlin who spend about 300.00;
	 * 16-30 went to the opera in Wien a year ago for about 40.00. The source is 1-5.
	 */
	TestTenant twoCrowds() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		api.post("/api/audience/ingest/events", "application/x-ndjson", String.join("\n",
				"{\"id\": 1, \"name\": \"R\", \"event_type\": \"concert\", \"genres\": [\"rock\"], \"starts_at\": \""
						+ now.minus(20, ChronoUnit.DAYS) + "\"}",
				"{\"id\": 2, \"name\": \"O\", \"event_type\": \"opera\", \"genres\": [\"classical\"], \"starts_at\": \""
						+ now.minus(400, ChronoUnit.DAYS) + "\"}"));
		List<String> customers = new ArrayList<>();
		List<String> orders = new ArrayList<>();
		for (long id = 1; id <= 30; id++) {
			boolean rock = id <= 15;
			customers.add("{\"id\": %d, \"email\": \"c%d@example.com\", \"city\": \"%s\", \"country\": \"%s\"}"
				.formatted(id, id, rock ? "Berlin" : "Wien", rock ? "DE" : "AT"));
			String at = now.minus(rock ? 25 + id : 420 + id, ChronoUnit.DAYS).toString();
			orders.add(order(id * 10, id, rock ? 1 : 2, rock ? 29000 + id * 100 : 3500 + id * 20, at));
			orders.add(order(id * 10 + 1, id, rock ? 1 : 2, rock ? 31000 : 4500, at));
		}
		api.post("/api/audience/ingest/customers", "application/x-ndjson", String.join("\n", customers));
		api.post("/api/audience/ingest/orders", "application/x-ndjson", String.join("\n", orders));
		rebuild(api);
		return tenant;
	}

	long source(TestTenant tenant, long... members) {
		Api api = tenant.api();
		long id = api.postJson("/api/audience/segments", "{\"name\": \"Source\", \"segment_type\": \"static\"}")
			.body()
			.path("id")
			.asLong();
		api.postJson("/api/audience/segments/" + id + "/members",
				"{\"customer_ids\": " + LongStream.of(members).boxed().toList() + "}");
		return id;
	}

	@Test
	void picksTheMostSimilarNonMembersMostSimilarFirst() {
		TestTenant tenant = twoCrowds();
		long source = source(tenant, 1, 2, 3, 4, 5);

		Api.Response created = tenant.api()
			.postJson("/api/audience/segments", """
					{"name": "Like the rock crowd", "segment_type": "lookalike", "source_segment_id": %d, "size": 8}"""
				.formatted(source));

		assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
		assertThat(created.body().path("source_segment_id").asLong()).isEqualTo(source);
		assertThat(created.body().path("lookalike_size").asInt()).isEqualTo(8);
		assertThat(created.body().path("member_count").asLong()).isEqualTo(8);
		List<JsonNode> members = members(tenant, created.body().path("id").asLong());
		assertThat(members).extracting((member) -> member.path("customer_id").asLong())
			.allSatisfy((customer) -> assertThat(customer).isBetween(6L, 15L));
		List<Double> affinities = members.stream().map((member) -> member.path("affinity").asDouble()).toList();
		assertThat(affinities).allSatisfy((affinity) -> assertThat(affinity).isBetween(0.5, 1.0));
	}

	@Test
	void aRatioSizesTheLookalikeByTheTenantsCustomersAndTheOtherCrowdScoresLow() {
		TestTenant tenant = twoCrowds();
		long source = source(tenant, 1, 2, 3, 4, 5);

		JsonNode created = tenant.api()
			.postJson("/api/audience/segments",
					"""
							{"name": "Most", "segment_type": "lookalike", "source_segment_id": %d, "ratio": 0.5}"""
						.formatted(source))
			.body();

		assertThat(created.path("member_count").asLong()).isEqualTo(15);
		assertThat(created.path("lookalike_ratio").asDouble()).isEqualTo(0.5);
		List<JsonNode> members = members(tenant, created.path("id").asLong());
		assertThat(ids(members)).containsAll(LongStream.rangeClosed(6, 15).boxed().toList());
		double rock = members.stream()
			.filter((member) -> member.path("customer_id").asLong() <= 15)
			.mapToDouble((member) -> member.path("affinity").asDouble())
			.min()
			.orElseThrow();
		double opera = members.stream()
			.filter((member) -> member.path("customer_id").asLong() > 15)
			.mapToDouble((member) -> member.path("affinity").asDouble())
			.max()
			.orElseThrow();
		assertThat(opera).as("opera-goers in Wien against a rock crowd in Berlin").isLessThan(rock / 2);
	}

	@Test
	void refreshesWhenItsSourceChangesAndNeverHoldsASourceMember() {
		TestTenant tenant = twoCrowds();
		long source = source(tenant, 1, 2, 3, 4, 5);
		long lookalike = tenant.api()
			.postJson("/api/audience/segments",
					"""
							{"name": "Like", "segment_type": "lookalike", "source_segment_id": %d, "size": 10}"""
						.formatted(source))
			.body()
			.path("id")
			.asLong();
		assertThat(ids(members(tenant, lookalike))).contains(6L, 7L);

		tenant.api().postJson("/api/audience/segments/" + source + "/members", "{\"customer_ids\": [6, 7]}");

		assertThat(ids(members(tenant, lookalike))).doesNotContain(1L, 2L, 3L, 4L, 5L, 6L, 7L).hasSize(10);
		JsonNode history = tenant.api().get("/api/audience/segments/" + lookalike + "/history").body();
		assertThat(history.get(0).path("removed").asLong()).isEqualTo(2);
		assertThat(history.get(0).path("added").asLong()).isEqualTo(2);
		Api.Response delete = tenant.api().delete("/api/audience/segments/" + source);
		assertThat(delete.status()).isEqualTo(409);
		assertThat(delete.type()).endsWith("/segment-in-use");
		assertThat(tenant.api().delete("/api/audience/segments/" + lookalike).status()).isEqualTo(204);
		assertThat(tenant.api().delete("/api/audience/segments/" + source).status()).isEqualTo(204);
	}

	@Test
	void refusesBadLookalikes() {
		TestTenant tenant = twoCrowds();
		long source = source(tenant, 1, 2);
		long empty = source(tenant);
		long foreign = source(twoCrowds(), 1);
		Api api = tenant.api();

		assertProblem(api, "{\"segment_type\": \"lookalike\", \"size\": 5}", "/source_segment_id");
		assertProblem(api, "{\"segment_type\": \"lookalike\", \"source_segment_id\": %d}".formatted(source), "/size");
		assertProblem(api, "{\"segment_type\": \"lookalike\", \"source_segment_id\": %d, \"size\": 5, \"ratio\": 0.1}"
			.formatted(source), "/size");
		assertProblem(api,
				"{\"segment_type\": \"lookalike\", \"source_segment_id\": %d, \"ratio\": 0.9}".formatted(source),
				"/ratio");
		assertProblem(api,
				"{\"segment_type\": \"lookalike\", \"source_segment_id\": %d, \"size\": 0}".formatted(source), "/size");
		assertProblem(api, "{\"segment_type\": \"lookalike\", \"source_segment_id\": %d, \"size\": 5}".formatted(empty),
				"/source_segment_id");
		assertProblem(api,
				"{\"segment_type\": \"lookalike\", \"source_segment_id\": %d, \"size\": 5}".formatted(foreign),
				"/source_segment_id");
		assertProblem(api, "{\"segment_type\": \"static\", \"source_segment_id\": %d}".formatted(source),
				"/source_segment_id");
	}

	private static void assertProblem(Api api, String fields, String pointer) {
		String body = "{\"name\": \"L\", " + fields.substring(1);
		Api.Response response = api.postJson("/api/audience/segments", body);
		assertThat(response.status()).as(body).isEqualTo(400);
		assertThat(response.body().path("errors").findValuesAsString("pointer")).as(body).contains(pointer);
	}

	private static List<JsonNode> members(TestTenant tenant, long segment) {
		List<JsonNode> members = new ArrayList<>();
		tenant.api()
			.get("/api/audience/segments/" + segment + "/customers?limit=100")
			.body()
			.path("items")
			.forEach(members::add);
		return members;
	}

	private static List<Long> ids(List<JsonNode> members) {
		return members.stream().map((member) -> member.path("customer_id").asLong()).toList();
	}

}
