package com.fanbase.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

/**
 * Graded factors and the propensity tie-break on hand-built customers, and
 * recommendations that follow the profiles: a generation asked for before the first
 * profile build waits for it, and every rebuild regenerates the upcoming events.
 */
@IntegrationTest
class RankingFreshnessTests extends ApiTestSupport {

	private static final Instant PAST = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventTargeting targeting;

	TargetingFixture fixture() {
		return new TargetingFixture(newTenant(), this.jdbc);
	}

	/** Earlier events 201–203 of Alpha, long over. */
	private static TargetingFixture alphaHistory(TargetingFixture f) {
		for (long event = 201; event <= 203; event++) {
			f.event(event, "[\"rock\"]", "concert", "[\"Alpha\"]", null, null, null, null, PAST);
		}
		return f;
	}

	@Test
	void artistCreditGrowsWithHowOftenAndHowRecentlyTheCustomerWentAndReasonsAddUp() {
		TargetingFixture f = alphaHistory(fixture().customers(1, 2, 3, 4)).standardEvent();
		Instant recent = Instant.now().minus(10, ChronoUnit.DAYS);
		Instant old = Instant.now().minus(3 * 365, ChronoUnit.DAYS);
		f.order(1, 1, 201, 5000, "paid", recent).order(2, 1, 202, 5000, "paid", recent);
		f.order(3, 1, 203, 5000, "paid", recent).order(4, 2, 201, 5000, "paid", recent);
		f.order(5, 3, 201, 5000, "paid", old);
		for (long customer = 1; customer <= 4; customer++) {
			f.profile(customer, "artists = '{Alpha}'");
		}

		f.generate(100);

		List<long[]> ranking = f.ranking(100);
		assertThat(ranking.stream().map((r) -> r[0])).containsExactly(1L, 2L, 3L, 4L);
		// match 16 + strength 4 × (1 − ½^v): three recent shows, one, one three years ago
		// (16.3,
		// ahead of the customer with none on the exact score), none
		assertThat(ranking.stream().map((r) -> r[1])).containsExactly(19L, 18L, 16L, 16L);
		JsonNode customers = f.recommendations(100, "").path("customers");
		for (JsonNode customer : customers) {
			int sum = customer.path("reasons").valueStream().mapToInt((r) -> r.path("weight").asInt()).sum();
			assertThat(sum).as(customer.toString()).isEqualTo(customer.path("score").asInt());
		}
		Map<String, Object> described = this.targeting.describedRecommendations(TenantId.of(f.tenant().id()), 100, 10,
				1);
		assertThat(described.toString()).contains("words=went to 3 shows by this artist")
			.contains("words=went to a show by this artist")
			.contains("words=likes this artist");
	}

	@Test
	void genreAndTypeCreditFollowsThePlaceOfThePreferenceInTheProfile() {
		TargetingFixture f = fixture().customers(1, 2, 3, 4).standardEvent();
		f.profile(1, "genre_names = '{indie,rock,jazz}'")
			.profile(2, "genre_names = '{jazz,rock,indie}'")
			.profile(3, "event_type_names = '{concert,theatre}'")
			.profile(4, "event_type_names = '{theatre,concert}'");

		f.generate(100);

		Map<Long, Long> scores = new java.util.HashMap<>();
		f.ranking(100).forEach((r) -> scores.put(r[0], r[1]));
		// both genres leading: 25; both matched but behind jazz: 20 + 5 × 2/3 = 23.3
		assertThat(scores).containsEntry(1L, 25L).containsEntry(2L, 23L);
		// the first type: 20; the second: 16 + 4 × ½
		assertThat(scores).containsEntry(3L, 20L).containsEntry(4L, 18L);
	}

	@Test
	void equalScoresAreOrderedByExpectedPurchasesThenRecencyNotById() {
		TargetingFixture f = fixture().customers(1, 2, 3, 4).standardEvent();
		Instant now = Instant.now();
		f.profile(1, "event_type_names = '{concert}', expected_purchases_365d = 0.5")
			.profile(2, "event_type_names = '{concert}', expected_purchases_365d = 2.5")
			.profile(3,
					"event_type_names = '{concert}', expected_purchases_365d = 0.5, last_purchase_at = '"
							+ now.minus(5, ChronoUnit.DAYS) + "'")
			.profile(4, "event_type_names = '{concert}', expected_purchases_365d = 0.5, last_purchase_at = '"
					+ now.minus(50, ChronoUnit.DAYS) + "'");

		f.generate(100);

		assertThat(f.ranking(100).stream().map((r) -> r[1]).distinct()).containsExactly(20L);
		assertThat(f.ranking(100).stream().map((r) -> r[0])).containsExactly(2L, 3L, 4L, 1L);
	}

	@Test
	void aGenerationAskedForBeforeAnyProfileWaitsForTheFirstBuild() {
		TargetingFixture f = alphaHistory(fixture().customers(1, 2));
		f.order(1, 1, 201, 5000, "paid", PAST.minus(1, ChronoUnit.DAYS));
		f.event(500, "[\"rock\"]", "concert", "[\"Alpha\"]", null, null, null, null, TargetingFixture.SOON);

		Api.Response asked = f.api().post("/api/audience/events/500/generate-recommendations", "application/json", "");

		assertThat(asked.status()).as(asked.text()).isEqualTo(202);
		assertThat(asked.body().path("status").asString()).isEqualTo("waiting_for_profiles");
		assertThat(f.recommendations(500, "").path("count").asInt()).isZero();
		rebuild(f);
		List<long[]> ranking = Eventually.await(() -> f.ranking(500), (r) -> !r.isEmpty(), Duration.ofSeconds(60));
		assertThat(ranking.get(0)[0]).isEqualTo(1L);
		JsonNode performance = f.api().get("/api/audience/events/500/recommendations/performance").body();
		assertThat(performance.path("profiles_as_of").isString()).as(performance.toString()).isTrue();
		assertThat(performance.path("profiles").asLong()).isPositive();
		assertThat(performance.path("weights").asString()).isEqualTo("seed");
	}

	@Test
	void everyProfileRebuildRegeneratesTheUpcomingEvents() {
		TargetingFixture f = alphaHistory(fixture().customers(1, 2));
		f.order(1, 1, 201, 5000, "paid", PAST.minus(1, ChronoUnit.DAYS));
		rebuild(f);
		f.event(600, "[\"rock\"]", "concert", "[\"Alpha\"]", null, null, null, null, TargetingFixture.SOON);
		Eventually.await(() -> f.ranking(600), (r) -> r.size() == 1 && r.get(0)[0] == 1L, Duration.ofSeconds(60));
		String first = f.api()
			.get("/api/audience/events/600/recommendations/performance")
			.body()
			.path("profiles_as_of")
			.asString();

		f.order(2, 2, 202, 5000, "paid", PAST.minus(1, ChronoUnit.DAYS));
		rebuild(f);

		List<long[]> ranking = Eventually.await(() -> f.ranking(600), (r) -> r.size() == 2, Duration.ofSeconds(60));
		assertThat(ranking.stream().map((r) -> r[0])).contains(1L, 2L);
		JsonNode performance = Eventually.await(
				() -> f.api().get("/api/audience/events/600/recommendations/performance").body(),
				(p) -> !p.path("regeneration_queued").asBoolean(), Duration.ofSeconds(60));
		assertThat(performance.path("profiles_as_of").asString()).isNotEqualTo(first);
	}

	private static void rebuild(TargetingFixture f) {
		Api.Response started = f.api().post("/api/audience/profiles/rebuild", "application/json", "{}");
		assertThat(started.status()).as(started.text()).isEqualTo(202);
		long job = started.body().path("job_id").asLong();
		JsonNode done = Eventually.await(() -> f.api().get("/api/audience/jobs/" + job).body(),
				(body) -> body.path("finished_at").isString(), Duration.ofSeconds(60));
		assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("succeeded");
	}

}
