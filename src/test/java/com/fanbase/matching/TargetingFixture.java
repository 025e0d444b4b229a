package com.fanbase.matching;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's customers, events and orders pushed through the ingestion API, with profiles
 * written exactly as each test needs them: the profile is the scorer's input, and writing
 * it directly pins each factor without building a purchase history for it.
 */
record TargetingFixture(TestTenant tenant, JdbcClient jdbc) {

	static final Instant SOON = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

	static final Instant FAR = Instant.parse("2031-06-01T20:00:00Z");

	Api api() {
		return this.tenant.api();
	}

	TargetingFixture customers(long... ids) {
		StringBuilder rows = new StringBuilder();
		for (long id : ids) {
			rows.append("{\"id\": %d, \"email\": \"fan%d@example.com\"}\n".formatted(id, id));
		}
		ingest("customers", rows.toString());
		return this;
	}

	/** An event far in the future, so ingesting it generates nothing by itself. */
	TargetingFixture event(long id, String genres, String type, String artists, Long minPrice, Long maxPrice,
			String city, String country) {
		return event(id, genres, type, artists, minPrice, maxPrice, city, country, FAR);
	}

	TargetingFixture event(long id, String genres, String type, String artists, Long minPrice, Long maxPrice,
			String city, String country, Instant startsAt) {
		ingest("events",
				"""
						{"id": %d, "name": "Event %d", "event_type": "%s", "genres": %s, "artists": %s, "min_price_cents": %s,
						 "max_price_cents": %s, "city": %s, "country": %s, "starts_at": "%s"}
						"""
					.formatted(id, id, type, genres, artists, minPrice, maxPrice, quoted(city), quoted(country),
							startsAt)
					.replace("\n", " ") + "\n");
		return this;
	}

	/**
	 * The standard event 100: rock and indie concert by Alpha in Berlin, 40–60 per
	 * ticket.
	 */
	TargetingFixture standardEvent() {
		return event(100, "[\"rock\", \"indie\"]", "concert", "[\"Alpha\", \"Beta\"]", 4000L, 6000L, "Berlin", "DE");
	}

	/**
	 * A profile with nothing in it, then the given assignments (SQL, fixture constants).
	 */
	TargetingFixture profile(long customer, String assignments) {
		this.jdbc
			.sql("""
					insert into customer_profiles (tenant_id, customer_id, as_of, updated_at) values (:tenant, :customer, now(), now())
					on conflict (tenant_id, customer_id) do nothing
					""")
			.param("tenant", this.tenant.id())
			.param("customer", customer)
			.update();
		if (!assignments.isBlank()) {
			this.jdbc
				.sql("update customer_profiles set " + assignments
						+ " where tenant_id = :tenant and customer_id = :customer")
				.param("tenant", this.tenant.id())
				.param("customer", customer)
				.update();
		}
		return this;
	}

	TargetingFixture order(long id, long customer, long event, long total, String status, Instant placedAt) {
		ingest("orders",
				"""
						{"id": %d, "customer_id": %d, "event_id": %d, "total_cents": %d, "tickets": 1, "status": "%s", "placed_at": "%s"}
						"""
					.formatted(id, customer, event, total, status, placedAt));
		return this;
	}

	/**
	 * Makes the customer a regular of Alpha: {@code shows} earlier Alpha events (long
	 * over), each bought yesterday, which earns the artist factor its full 20 from five.
	 */
	TargetingFixture alphaShows(long customer, int shows) {
		Instant over = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		for (int i = 0; i < shows; i++) {
			long event = 9000 + customer * 10 + i;
			event(event, "[]", "club night", "[\"Alpha\"]", null, null, null, null, over);
			order(90000 + customer * 10 + i, customer, event, 1000, "paid", yesterday);
		}
		return this;
	}

	TargetingFixture watch(long customer, long event) {
		ingest("activities", """
				{"customer_id": %d, "type": "watchlist_add", "event_id": %d, "occurred_at": "%s"}
				""".formatted(customer, event, Instant.now().minus(1, ChronoUnit.DAYS)));
		return this;
	}

	JsonNode generate(long event) {
		Api.Response response = api().post("/api/audience/events/" + event + "/generate-recommendations",
				"application/json", "");
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.body();
	}

	JsonNode recommendations(long event, String query) {
		Api.Response response = api().get("/api/audience/events/" + event + "/recommendations" + query);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.body();
	}

	/** customer id → score of everyone the event recommends. */
	List<long[]> ranking(long event) {
		JsonNode customers = recommendations(event, "?limit=1000").path("customers");
		return customers.valueStream()
			.map((c) -> new long[] { c.path("customer_id").asLong(), c.path("score").asLong() })
			.toList();
	}

	private void ingest(String kind, String ndjson) {
		Api.Response response = api().post("/api/audience/ingest/" + kind, "application/x-ndjson", ndjson);
		assertThat(response.status()).as(response.text()).isLessThan(300);
		assertThat(response.body().path("rejected").asLong()).as(response.text()).isZero();
	}

	private static String quoted(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

}
