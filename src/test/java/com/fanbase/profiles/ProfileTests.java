package com.fanbase.profiles;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;
import com.fanbase.testing.IntegrationTest;
import com.fanbase.tenants.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class ProfileTests extends ApiTestSupport {

	static final String AS_OF = "2026-06-01T00:00:00Z";

	@Autowired
	ProfileRefresher refresher;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	ProfileParts parts;

	@Autowired
	com.fanbase.jobs.Jobs jobs;

	@Test
	void computesMetricsAndPreferencesFromPaidOrdersOnly() {
		TestTenant tenant = seeded();

		rebuild(tenant, AS_OF);

		JsonNode fan = profile(tenant, 1);
		assertThat(fan.path("purchase_count").asInt()).isEqualTo(3);
		assertThat(fan.path("total_spent_cents").asLong()).isEqualTo(18000);
		assertThat(fan.path("avg_order_cents").asLong()).isEqualTo(6000);
		assertThat(fan.path("tickets_bought").asInt()).isEqualTo(4);
		assertThat(fan.path("events_attended").asInt()).isEqualTo(3);
		assertThat(fan.path("first_purchase_at").asString()).isEqualTo("2026-01-10T12:00:00Z");
		assertThat(fan.path("last_purchase_at").asString()).isEqualTo("2026-03-05T18:00:00Z");
		assertThat(fan.path("days_since_last_purchase").asInt()).isEqualTo(88);
		assertThat(fan.path("price_range").path("min_cents").asLong()).isEqualTo(3000);
		assertThat(fan.path("price_range").path("max_cents").asLong()).isEqualTo(9000);
		assertThat(fan.path("genres").get(0).path("name").asString()).isEqualTo("rock");
		assertThat(fan.path("genres").findValuesAsString("name")).containsExactlyInAnyOrder("rock", "indie", "jazz");
		assertThat(fan.path("genres").findValues("weight").stream().mapToDouble(JsonNode::asDouble).sum())
			.isCloseTo(1.0, within(0.01));
		assertThat(fan.path("event_types").findValuesAsString("name")).containsExactly("concert", "festival");
		assertThat(fan.path("artists").get(0).asString()).isEqualTo("Alpha");
		assertThat(fan.path("preferred_days").get(0).asString()).isEqualTo("fri");
		assertThat(fan.path("city").asString()).isEqualTo("Berlin");
		assertThat(fan.path("age").asInt()).isEqualTo(36);
		assertThat(fan.path("churn_model").asString()).isEqualTo("heuristic");
	}

	@Test
	void customersWithoutPurchasesHaveEmptyMetricsAndNoChurnFigures() {
		TestTenant tenant = seeded();

		rebuild(tenant, AS_OF);

		JsonNode none = profile(tenant, 2);
		JsonNode refundedOnly = profile(tenant, 4);
		assertThat(none.path("purchase_count").asInt()).isZero();
		assertThat(none.path("genres").size()).isZero();
		assertThat(none.path("churn_risk").isMissingNode()).isTrue();
		assertThat(refundedOnly.path("purchase_count").asInt()).isZero();
		assertThat(refundedOnly.path("total_spent_cents").asLong()).isZero();
		assertThat(profile(tenant, 1).path("engagement_score").asInt())
			.isGreaterThan(none.path("engagement_score").asInt());
	}

	@Test
	void watchlistOnlyCustomerGetsPreferencesFromTheWatchlist() {
		TestTenant tenant = seeded();

		rebuild(tenant, AS_OF);

		JsonNode watcher = profile(tenant, 3);
		assertThat(watcher.path("purchase_count").asInt()).isZero();
		assertThat(watcher.path("genres").get(0).path("name").asString()).isEqualTo("comedy");
		assertThat(watcher.path("event_types").get(0).path("name").asString()).isEqualTo("comedy");
		assertThat(watcher.path("activity_30d").path("watchlist_count").asInt()).isEqualTo(1);
	}

	@Test
	void sameDayPurchasesCountAsOneTransaction() {
		TestTenant tenant = seeded();

		rebuild(tenant, AS_OF);

		JsonNode model = tenant.api().get("/api/audience/profiles/model").body();
		assertThat(model.path("model").asString()).isEqualTo("heuristic");
		assertThat(model.path("time_unit").asString()).isEqualTo("week");
		assertThat(model.path("customers").asLong()).isEqualTo(1);
		assertThat(model.path("repeat_buyers").asLong()).isEqualTo(1);
	}

	@Test
	void segmentFactsFollowTheProfileAndTheCustomer() {
		TestTenant tenant = seeded();
		rebuild(tenant, AS_OF);
		assertThat(facts(tenant, 1)).containsEntry("purchase_count", 3)
			.containsEntry("total_spent_cents", 18000L)
			.containsEntry("typical_price_cents", 6000L);

		tenant.api()
			.postJson("/api/audience/ingest/customers",
					"{\"id\": 2, \"email\": \"two@example.com\", \"city\": \" Köln \", \"email_consent\": true}");
		this.refresher.refresh(TenantId.of(tenant.id()), Instant.parse(AS_OF));

		assertThat(facts(tenant, 2)).containsEntry("email_consent", true)
			.containsEntry("has_email", true)
			.containsEntry("city", "köln");
		assertThat(scoresInStep(tenant)).containsEntry("scored", 1L).containsEntry("out_of_step", 0L);

		tenant.api()
			.postJson("/api/audience/ingest/orders", order(21, 2, 101, 4000, 1, "paid", "2026-05-20T10:00:00Z"));
		this.refresher.refresh(TenantId.of(tenant.id()), Instant.parse(AS_OF));
		assertThat(scoresInStep(tenant)).containsEntry("scored", 2L).containsEntry("out_of_step", 0L);
	}

	/** How many facts carry scores, and how many differ from their profile's. */
	private java.util.Map<String, Object> scoresInStep(TestTenant tenant) {
		return this.jdbc.sql("""
				select count(*) filter (where f.churn_risk is not null) as scored,
				    count(*) filter (where (f.churn_risk, f.expected_purchases_90d, f.predicted_clv_cents)
				        is distinct from (p.churn_risk, p.expected_purchases_90d, p.predicted_clv_cents)) as out_of_step
				from profile_facts f join customer_profiles p using (tenant_id, customer_id)
				where f.tenant_id = :tenant
				""").param("tenant", tenant.id()).query().singleRow();
	}

	private java.util.Map<String, Object> facts(TestTenant tenant, long customer) {
		return this.jdbc.sql("select * from profile_facts where tenant_id = :tenant and customer_id = :customer")
			.param("tenant", tenant.id())
			.param("customer", customer)
			.query()
			.singleRow();
	}

	@Test
	void incrementalRefreshEqualsAFullRebuild() {
		TestTenant tenant = seeded();
		rebuild(tenant, AS_OF);
		tenant.api()
			.postJson("/api/audience/ingest/orders", order(20, 2, 101, 4000, 1, "paid", "2026-05-20T10:00:00Z"));
		tenant.api()
			.postJson("/api/audience/ingest/activities",
					"{\"customer_id\": 2, \"type\": \"event_view\", \"event_id\": 100, \"occurred_at\": \"2026-05-25T10:00:00Z\"}");

		this.refresher.refresh(TenantId.of(tenant.id()), Instant.parse(AS_OF));
		JsonNode incremental = profile(tenant, 2);
		rebuild(tenant, AS_OF);
		JsonNode full = profile(tenant, 2);

		assertThat(incremental.path("purchase_count").asInt()).isEqualTo(1);
		assertThat(incremental.path("activity_30d").path("recent_views").asInt()).isEqualTo(1);
		for (String field : new String[] { "purchase_count", "total_spent_cents", "genres", "event_types", "artists",
				"price_range", "preferred_days", "engagement_score", "activity_30d", "days_since_last_purchase",
				"churn_model" }) {
			assertThat(incremental.path(field)).as(field).isEqualTo(full.path(field));
		}
	}

	@Test
	void aBulkLoadIsLeftAloneWhileItGrowsThenRebuiltOnce() {
		TestTenant tenant = seeded();
		rebuild(tenant, AS_OF);
		TenantId id = TenantId.of(tenant.id());
		this.jdbc.sql("delete from customer_changes where tenant_id = :t").param("t", tenant.id()).update();
		ProfileRefresher refresher = new ProfileRefresher(this.jdbc, this.transactions, this.parts, this.jobs,
				java.time.Clock.systemUTC(), 2);
		tenant.api().postJson("/api/audience/ingest/customers", "[{\"id\": 5}, {\"id\": 6}, {\"id\": 7}]");

		long whileGrowing = refresher.refresh(id);
		long pendingWhileGrowing = pendingChanges(tenant);
		long settled = refresher.refresh(id);

		assertThat(whileGrowing).isZero();
		assertThat(pendingWhileGrowing).isEqualTo(3);
		assertThat(settled).isZero();
		assertThat(pendingChanges(tenant)).isZero();
		assertThat(this.jobs.list(id, 1).get(0).type()).isEqualTo(ProfileRebuildJob.TYPE);
		Eventually.await(() -> tenant.api().get("/api/audience/profiles/7").status(), (status) -> status == 200,
				Duration.ofSeconds(60));
	}

	long pendingChanges(TestTenant tenant) {
		return this.jdbc.sql("select count(*) from customer_changes where tenant_id = :t")
			.param("t", tenant.id())
			.query(Long.class)
			.single();
	}

	@Test
	void listsSortsAndFiltersProfiles() {
		TestTenant tenant = seeded();
		rebuild(tenant, AS_OF);

		JsonNode bySpend = tenant.api().get("/api/audience/profiles?sort=total_spent_cents&order=desc&limit=2").body();
		JsonNode berlin = tenant.api().get("/api/audience/profiles?city=berlin").body();
		Api.Response badSort = tenant.api().get("/api/audience/profiles?sort=email");

		assertThat(bySpend.path("items").get(0).path("customer_id").asLong()).isEqualTo(1);
		assertThat(bySpend.path("items").size()).isEqualTo(2);
		assertThat(berlin.path("items").findValues("customer_id").stream().map(JsonNode::asLong)).containsExactly(1L);
		Api.Response badFilter = tenant.api().get("/api/audience/profiles?min_churn_risk=high");
		assertThat(badFilter.status()).isEqualTo(400);
		assertThat(badFilter.body().path("errors").get(0).path("pointer").asString()).isEqualTo("min_churn_risk");
		assertThat(badSort.status()).isEqualTo(400);
		assertThat(badSort.body().path("errors").get(0).path("pointer").asString()).isEqualTo("sort");
	}

	@Test
	void profilesAndModelsStayWithinTheirTenant() {
		TestTenant mine = seeded();
		TestTenant other = newTenant();
		rebuild(mine, AS_OF);

		assertThat(other.api().get("/api/audience/profiles/1").status()).isEqualTo(404);
		assertThat(other.api().get("/api/audience/profiles").body().path("items").size()).isZero();
		assertThat(other.api().get("/api/audience/profiles/model").status()).isEqualTo(404);
		assertThat(other.api().get("/api/audience/profiles/1?tenant_id=" + mine.id()).status()).isEqualTo(403);
	}

	@Test
	void rejectsABadAsOf() {
		TestTenant tenant = newTenant();

		Api.Response response = tenant.api().postJson("/api/audience/profiles/rebuild", "{\"as_of\": \"yesterday\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").get(0).path("pointer").asString()).isEqualTo("/as_of");
	}

	/**
	 * Customers 1 (three paid orders, two on one day, and a refund), 2 (nothing), 3
	 * (watchlist only), 4 (refund only).
	 */
	TestTenant seeded() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		api.post("/api/audience/ingest/events", "application/x-ndjson",
				String.join("\n", event(100, "concert", "[\"rock\"]", "[\"Alpha\"]", "2026-02-06T20:00:00Z"),
						event(101, "festival", "[\"rock\", \"indie\"]", "[\"Beta\"]", "2026-03-07T14:00:00Z"),
						event(102, "concert", "[\"jazz\"]", "[\"Alpha\"]", "2026-03-13T20:00:00Z"),
						event(103, "comedy", "[\"comedy\"]", "[\"Gamma\"]", "2026-04-10T20:00:00Z")));
		api.post("/api/audience/ingest/customers", "application/x-ndjson", String.join("\n",
				"{\"id\": 1, \"email\": \"one@example.com\", \"city\": \"Berlin\", \"country\": \"DE\", \"birth_date\": \"1990-01-15\"}",
				"{\"id\": 2, \"email\": \"two@example.com\", \"city\": \"Hamburg\", \"country\": \"DE\"}",
				"{\"id\": 3, \"email\": \"three@example.com\"}", "{\"id\": 4}"));
		api.post("/api/audience/ingest/orders", "application/x-ndjson",
				String.join("\n", order(10, 1, 100, 6000, 2, "paid", "2026-01-10T12:00:00Z"),
						order(11, 1, 101, 9000, 1, "paid", "2026-03-05T09:00:00Z"),
						order(12, 1, 102, 3000, 1, "paid", "2026-03-05T18:00:00Z"),
						order(13, 1, 103, 5000, 1, "refunded", "2026-03-20T10:00:00Z"),
						order(14, 4, 103, 5000, 1, "refunded", "2026-03-20T10:00:00Z")));
		api.postJson("/api/audience/ingest/activities",
				"{\"customer_id\": 3, \"type\": \"watchlist_add\", \"event_id\": 103, \"occurred_at\": \"2026-05-20T10:00:00Z\"}");
		return tenant;
	}

	void rebuild(TestTenant tenant, String asOf) {
		Api.Response started = tenant.api().postJson("/api/audience/profiles/rebuild", "{\"as_of\": \"" + asOf + "\"}");
		assertThat(started.status()).isEqualTo(202);
		long job = started.body().path("job_id").asLong();
		JsonNode done = Eventually.await(() -> tenant.api().get("/api/audience/jobs/" + job).body(),
				(body) -> body.path("finished_at").isString(), Duration.ofSeconds(60));
		assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("succeeded");
	}

	static JsonNode profile(TestTenant tenant, long customer) {
		Api.Response response = tenant.api().get("/api/audience/profiles/" + customer);
		assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
		return response.body();
	}

	static String event(long id, String type, String genres, String artists, String startsAt) {
		return "{\"id\": %d, \"name\": \"E%d\", \"event_type\": \"%s\", \"genres\": %s, \"artists\": %s, \"city\": \"Berlin\", \"country\": \"DE\", \"starts_at\": \"%s\"}"
			.formatted(id, id, type, genres, artists, startsAt);
	}

	static String order(long id, long customer, long event, long total, int tickets, String status, String at) {
		return "{\"id\": %d, \"customer_id\": %d, \"event_id\": %d, \"total_cents\": %d, \"tickets\": %d, \"status\": \"%s\", \"placed_at\": \"%s\"}"
			.formatted(id, customer, event, total, tickets, status, at);
	}

}
