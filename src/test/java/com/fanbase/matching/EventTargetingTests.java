package com.fanbase.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
class EventTargetingTests extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecommendationGenerator generator;

	@Autowired
	GenerationRequests requests;

	@Autowired
	Recommendations recommendations;

	@Autowired
	RecommendationParts parts;

	TargetingFixture fixture() {
		return new TargetingFixture(newTenant(), this.jdbc);
	}

	@Test
	void eachFactorAloneScoresItsFullWeight() {
		TargetingFixture f = fixture().customers(1, 2, 3, 4, 5, 6, 7, 8).standardEvent();
		f.profile(1, "genre_names = '{rock,indie,jazz}'")
			.profile(2, "event_type_names = '{concert,theatre}'")
			.profile(3, "artists = '{Beta}'")
			.profile(4, "price_min_cents = 3000, price_max_cents = 8000")
			.profile(5, "city = 'berlin', country = 'DE'")
			.profile(6, "engagement_score = 80")
			.profile(7, "")
			.profile(8, "genre_names = '{pop}', artists = '{alpha}', city = 'Paris', country = 'FR'")
			.watch(7, 100)
			.alphaShows(3, 5);

		f.generate(100);

		Map<Long, JsonNode> byCustomer = byCustomer(f.recommendations(100, "?limit=100&min_score=1"));
		assertThat(byCustomer).containsOnlyKeys(1L, 2L, 3L, 4L, 5L, 6L, 7L);
		Map<Long, String> expected = Map.of(1L, "genre_match", 2L, "type_match", 3L, "artist_match", 4L, "price_fit",
				5L, "location_match", 6L, "high_engagement", 7L, "watchlist");
		Map<String, Integer> weights = Map.of("genre_match", 25, "type_match", 20, "artist_match", 20, "price_fit", 15,
				"location_match", 10, "high_engagement", 5, "watchlist", 5);
		expected.forEach((customer, reason) -> {
			JsonNode fan = byCustomer.get(customer);
			assertThat(fan.path("reasons").size()).as(fan.toString()).isEqualTo(1);
			assertThat(fan.path("reasons").get(0).path("reason").asString()).isEqualTo(reason);
			assertThat(fan.path("reasons").get(0).path("weight").asInt()).isEqualTo(weights.get(reason));
			assertThat(fan.path("score").asInt()).isEqualTo(weights.get(reason));
			assertThat(fan.path("email").asString()).isEqualTo("fan" + customer + "@example.com");
		});
	}

	@Test
	void allFactorsTogetherScoreOneHundredAndNoneScoresNothing() {
		TargetingFixture f = fixture().customers(1, 2).standardEvent();
		f.profile(1, """
				genre_names = '{indie,rock}', event_type_names = '{concert}', artists = '{Alpha}',
				price_min_cents = 4000, price_max_cents = 6000, city = 'Berlin', country = 'DE', engagement_score = 70
				""").profile(2, "genre_names = '{pop}', engagement_score = 0").watch(1, 100).alphaShows(1, 5);

		JsonNode generated = f.generate(100);

		JsonNode body = f.recommendations(100, "?min_score=1");
		assertThat(body.path("event_id").asLong()).isEqualTo(100);
		assertThat(body.path("count").asInt()).isEqualTo(1);
		JsonNode fan = body.path("customers").get(0);
		assertThat(fan.path("customer_id").asLong()).isEqualTo(1);
		assertThat(fan.path("score").asInt()).isEqualTo(100);
		assertThat(fan.path("reasons").findValuesAsString("reason")).containsExactly("genre_match", "type_match",
				"artist_match", "price_fit", "location_match", "high_engagement", "watchlist");
		assertThat(generated.path("stored").asLong()).isEqualTo(1);
		assertThat(f.recommendations(100, "?min_score=0").path("count").asInt()).isEqualTo(1);
	}

	@Test
	void aCustomerWithoutEmailKeepsTheSeedShape() {
		TargetingFixture f = fixture().standardEvent();
		f.api().postJson("/api/audience/ingest/customers", "{\"id\": 5}");
		f.profile(5, "genre_names = '{rock}'");
		f.generate(100);

		JsonNode fan = f.recommendations(100, "").path("customers").get(0);

		assertThat(fan.propertyNames()).containsExactly("customer_id", "email", "score", "reasons");
		assertThat(fan.path("email").isNull()).isTrue();
		assertThat(fan.path("reasons").get(0).propertyNames()).containsExactly("reason", "weight");
	}

	@Test
	void partialCreditStopsExactlyAtItsDocumentedBoundaries() {
		TargetingFixture f = fixture().customers(1, 2, 3, 4, 5, 6, 7, 8, 9).standardEvent();
		f.event(101, "[\"rock\", \"indie\", \"folk\"]", "festival", "[]", null, null, null, null);
		f.profile(1, "genre_names = '{rock}'")
			.profile(2, "price_min_cents = 5333, price_max_cents = 9000")
			.profile(3, "price_min_cents = 5334, price_max_cents = 9000")
			.profile(4, "price_min_cents = 1000, price_max_cents = 4800")
			.profile(5, "price_min_cents = 1000, price_max_cents = 4799")
			.profile(6, "city = 'Munich', country = 'DE'")
			.profile(7, "city = 'Berlin', country = 'US'")
			.profile(8, "genre_names = '{folk,indie}'")
			.profile(9, "engagement_score = 69");

		f.generate(100);
		f.generate(101);

		Map<Long, Long> scores = scores(f.ranking(100));
		assertThat(scores).containsEntry(1L, 13L)
			.containsEntry(2L, 8L)
			.doesNotContainKey(3L)
			.containsEntry(4L, 8L)
			.doesNotContainKey(5L)
			.containsEntry(6L, 5L)
			.doesNotContainKey(7L)
			.containsEntry(8L, 11L)
			.containsEntry(9L, 2L);
		Map<Long, Long> threeGenres = scores(f.ranking(101));
		assertThat(threeGenres).containsEntry(1L, 8L).containsEntry(8L, 17L).containsEntry(9L, 2L).hasSize(3);
	}

	@Test
	void customersHoldingAPaidTicketAreNotRecommended() {
		TargetingFixture f = fixture().customers(1, 2, 3).standardEvent();
		f.profile(1, "genre_names = '{rock}'")
			.profile(2, "genre_names = '{rock}'")
			.profile(3, "genre_names = '{rock}'");
		Instant past = Instant.now().minus(2, ChronoUnit.DAYS);
		f.order(1, 1, 100, 5000, "paid", past).order(2, 2, 100, 5000, "refunded", past);

		f.generate(100);

		assertThat(scores(f.ranking(100))).containsOnlyKeys(2L, 3L);
	}

	@Test
	void equalScoresAndPropensitiesAreOrderedByCustomerIdAndTheOrderIsStable() {
		TargetingFixture f = fixture().customers(7, 3, 9, 1, 5).standardEvent();
		for (long customer : new long[] { 7, 3, 9, 1 }) {
			f.profile(customer, "event_type_names = '{concert}'");
		}
		f.profile(5, "event_type_names = '{concert}', artists = '{Alpha}'");

		f.generate(100);

		JsonNode first = f.recommendations(100, "?limit=3");
		assertThat(first.path("customers").findValues("customer_id").stream().map(JsonNode::asLong)).containsExactly(5L,
				1L, 3L);
		f.generate(100);
		assertThat(f.recommendations(100, "?limit=3")).isEqualTo(first);
		assertThat(f.ranking(100).stream().map((r) -> r[0])).containsExactly(5L, 1L, 3L, 7L, 9L);
	}

	@Test
	void aPaidOrderOfARecommendedCustomerMarksTheConversion() {
		TargetingFixture f = fixture().customers(1, 2, 3).standardEvent();
		f.profile(1, "genre_names = '{rock,indie}', event_type_names = '{concert}', artists = '{Alpha}'")
			.profile(2, "city = 'Berlin', country = 'DE'")
			.profile(3, "genre_names = '{pop}'");
		f.generate(100);
		Instant later = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

		f.order(10, 1, 100, 12000, "paid", later)
			.order(11, 1, 100, 3000, "paid", later.plusSeconds(60))
			.order(12, 3, 100, 9900, "paid", later)
			.order(13, 2, 100, 5000, "cancelled", later);

		Map<String, Object> row = this.jdbc.sql("""
				select converted_at, order_id, revenue_cents from event_recommendations
				where tenant_id = :tenant and event_id = 100 and customer_id = 1
				""").param("tenant", f.tenant().id()).query().singleRow();
		assertThat(row.get("order_id")).isEqualTo(10L);
		assertThat(row.get("revenue_cents")).isEqualTo(15000L);
		assertThat(((java.sql.Timestamp) row.get("converted_at")).toInstant()).isEqualTo(later);
		assertThat(scores(f.ranking(100))).containsOnlyKeys(2L);
		JsonNode performance = performance(f, 100);
		assertThat(performance.path("recommended").asLong()).isEqualTo(2);
		assertThat(performance.path("converted").asLong()).isEqualTo(1);
		assertThat(performance.path("revenue_cents").asLong()).isEqualTo(15000);
		assertThat(performance.path("conversion_rate").asDouble()).isEqualTo(0.5);

		f.order(10, 1, 100, 12000, "refunded", later).order(11, 1, 100, 3000, "refunded", later.plusSeconds(60));
		assertThat(performance(f, 100).path("converted").asLong()).isZero();
	}

	@Test
	void performanceIsReportedPerScoreBand() {
		TargetingFixture f = fixture().customers(1, 2, 3, 4).standardEvent();
		f.profile(1, """
				genre_names = '{indie,rock}', event_type_names = '{concert}', artists = '{Alpha}',
				price_min_cents = 4000, price_max_cents = 6000, city = 'Berlin', country = 'DE'""")
			.profile(2,
					"genre_names = '{indie,rock}', event_type_names = '{concert}', artists = '{Alpha}', engagement_score = 90")
			.profile(3, "genre_names = '{indie,rock}', event_type_names = '{concert}', artists = '{Alpha}'")
			.profile(4, "engagement_score = 90")
			.alphaShows(1, 5)
			.alphaShows(2, 5)
			.alphaShows(3, 5);
		f.generate(100);
		f.order(20, 3, 100, 7000, "paid", Instant.now().plus(1, ChronoUnit.MINUTES));

		JsonNode performance = performance(f, 100);

		assertThat(performance.path("bands").size()).isEqualTo(10);
		JsonNode top = performance.path("bands").get(0);
		assertThat(top.path("band").asString()).isEqualTo("90-100");
		assertThat(top.path("recommended").asLong()).isEqualTo(1);
		JsonNode sixties = band(performance, "60-69");
		assertThat(sixties.path("recommended").asLong()).isEqualTo(1);
		assertThat(sixties.path("converted").asLong()).isEqualTo(1);
		assertThat(sixties.path("conversion_rate").asDouble()).isEqualTo(1.0);
		assertThat(sixties.path("revenue_cents").asLong()).isEqualTo(7000);
		assertThat(band(performance, "70-79").path("recommended").asLong()).isEqualTo(1);
		assertThat(band(performance, "1-9").path("recommended").asLong()).isEqualTo(1);
		assertThat(performance.path("recommended").asLong()).isEqualTo(4);
		assertThat(performance.path("currency").asString()).isEqualTo("EUR");
	}

	@Test
	void createsAStaticSegmentOfTheBestWithTheirScoresAsAffinity() {
		TargetingFixture f = fixture().customers(1, 2, 3).standardEvent();
		f.profile(1, "genre_names = '{indie,rock}', event_type_names = '{concert}', artists = '{Alpha}'")
			.profile(2, "genre_names = '{indie,rock}', event_type_names = '{concert}'")
			.profile(3, "genre_names = '{indie,rock}'");
		f.generate(100);

		Api.Response created = f.api()
			.postJson("/api/audience/events/100/create-segment", "{\"min_score\": 45, \"name\": \"Alpha fans\"}");

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.body().path("segment_type").asString()).isEqualTo("static");
		assertThat(created.body().path("member_count").asLong()).isEqualTo(2);
		JsonNode members = f.api()
			.get("/api/audience/segments/" + created.body().path("id").asLong() + "/customers")
			.body();
		Map<Long, Double> affinity = members.findParents("customer_id")
			.stream()
			.collect(Collectors.toMap((m) -> m.path("customer_id").asLong(), (m) -> m.path("affinity").asDouble()));
		assertThat(affinity).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 61.0, 2L, 45.0));
	}

	@Test
	void badInputIsAProblemAndUnknownEventsAreNotFound() {
		TargetingFixture f = fixture().customers(1).standardEvent();
		Api api = f.api();
		for (String query : List.of("?limit=0", "?limit=1001", "?limit=abc", "?min_score=101", "?min_score=-1")) {
			Api.Response response = api.get("/api/audience/events/100/recommendations" + query);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.isProblem()).isTrue();
		}
		for (String body : List.of("{\"name\": \"x\"}", "{\"min_score\": 0, \"name\": \"x\"}", "{\"min_score\": 50}",
				"{\"min_score\": 50, \"name\": \" \"}", "{\"min_score\": \"high\"}", "[")) {
			Api.Response response = api.postJson("/api/audience/events/100/create-segment", body);
			assertThat(response.status()).as(body).isEqualTo(400);
			assertThat(response.isProblem()).isTrue();
		}
		assertThat(api.get("/api/audience/events/999/recommendations").type())
			.isEqualTo("https://fanbase.dev/problems/event-not-found");
		assertThat(api.post("/api/audience/events/999/generate-recommendations", "application/json", "").status())
			.isEqualTo(404);
		assertThat(api.get("/api/audience/events/999/recommendations/performance").status()).isEqualTo(404);
		assertThat(api.postJson("/api/audience/events/999/create-segment", "{\"min_score\": 50, \"name\": \"x\"}")
			.status()).isEqualTo(404);
	}

	@Test
	void tenantsSeeOnlyTheirOwnEventsAndCustomers() {
		TargetingFixture mine = fixture().customers(1).standardEvent();
		TargetingFixture theirs = fixture().customers(2)
			.event(200, "[\"rock\"]", "concert", "[]", null, null, null, null);
		mine.profile(1, "genre_names = '{rock}'");
		theirs.profile(2, "genre_names = '{rock}'");
		mine.generate(100);
		theirs.generate(200);

		assertThat(mine.api().get("/api/audience/events/200/recommendations").status()).isEqualTo(404);
		assertThat(
				mine.api().post("/api/audience/events/200/generate-recommendations", "application/json", "").status())
			.isEqualTo(404);
		assertThat(mine.api().get("/api/audience/events/200/recommendations/performance").status()).isEqualTo(404);
		assertThat(
				mine.api().get("/api/audience/events/100/recommendations?tenant_id=" + theirs.tenant().id()).status())
			.isEqualTo(403);
		assertThat(scores(mine.ranking(100))).containsOnlyKeys(1L);
		assertThat(scores(theirs.ranking(200))).containsOnlyKeys(2L);
		JsonNode asOperator = operator()
			.get("/api/audience/events/200/recommendations?tenant_id=" + theirs.tenant().id())
			.body();
		assertThat(asOperator.path("count").asInt()).isEqualTo(1);
	}

	@Test
	void ingestingAnUpcomingEventGeneratesItsRecommendationsAndAChangeRegeneratesThem() {
		TargetingFixture f = fixture().customers(1, 2);
		f.profile(1, "genre_names = '{rock}'").profile(2, "genre_names = '{jazz}'");

		f.event(300, "[\"rock\"]", "concert", "[]", null, null, null, null, TargetingFixture.SOON);

		Eventually.await(() -> scores(f.ranking(300)), (s) -> s.equals(Map.of(1L, 25L)), Duration.ofSeconds(30));
		f.event(300, "[\"jazz\"]", "concert", "[]", null, null, null, null, TargetingFixture.SOON);
		Eventually.await(() -> scores(f.ranking(300)), (s) -> s.equals(Map.of(2L, 25L)), Duration.ofSeconds(30));
	}

	@Test
	void pastAndFarOffEventsAreNotGeneratedByThemselves() {
		TargetingFixture f = fixture().customers(1);
		f.profile(1, "genre_names = '{rock}'");
		f.event(400, "[\"rock\"]", "concert", "[]", null, null, null, null, Instant.now().minus(1, ChronoUnit.DAYS));
		f.standardEvent();

		long requested = this.jdbc.sql("select count(*) from event_recommendation_requests where tenant_id = :tenant")
			.param("tenant", f.tenant().id())
			.query(Long.class)
			.single();
		long runs = this.jdbc.sql("select count(*) from event_recommendation_runs where tenant_id = :tenant")
			.param("tenant", f.tenant().id())
			.query(Long.class)
			.single();
		assertThat(requested + runs).isZero();
	}

	@Test
	void aTenantAboveTheSynchronousLimitGetsADurableJob() {
		TargetingFixture f = fixture().customers(1).standardEvent();
		f.profile(1, "genre_names = '{rock}'");
		EventTargeting targeting = new EventTargeting(this.generator, this.requests, this.recommendations, this.parts,
				0);

		EventTargeting.Outcome outcome = targeting.generate(TenantId.of(f.tenant().id()), 100);

		assertThat(outcome).isInstanceOf(EventTargeting.Outcome.Queued.class);
		long job = ((EventTargeting.Outcome.Queued) outcome).job().id().value();
		JsonNode done = Eventually.await(() -> f.api().get("/api/audience/jobs/" + job).body(),
				(body) -> body.path("finished_at").isString(), Duration.ofSeconds(30));
		assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("succeeded");
		assertThat(scores(f.ranking(100))).isEqualTo(Map.of(1L, 13L));
	}

	private static JsonNode performance(TargetingFixture f, long event) {
		Api.Response response = f.api().get("/api/audience/events/" + event + "/recommendations/performance");
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.body();
	}

	private static JsonNode band(JsonNode performance, String name) {
		return performance.path("bands")
			.valueStream()
			.filter((b) -> b.path("band").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static Map<Long, JsonNode> byCustomer(JsonNode body) {
		return body.path("customers")
			.valueStream()
			.collect(Collectors.toMap((c) -> c.path("customer_id").asLong(), (c) -> c));
	}

	private static Map<Long, Long> scores(List<long[]> ranking) {
		return ranking.stream().collect(Collectors.toMap((r) -> r[0], (r) -> r[1]));
	}

}
