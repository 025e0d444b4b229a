package com.fanbase.ingestion;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class IngestionTests extends ApiTestSupport {

	private static final String EVENT = """
			{"id": 100, "name": "Night of Rock", "event_type": "Concert", "genres": ["Rock", "indie"],
			 "artists": ["The Keys"], "venue_name": "Halle", "city": "Berlin", "country": "de",
			 "starts_at": "2026-06-01T19:30:00+02:00", "min_price_cents": 3000, "max_price_cents": 8000,
			 "currency": "EUR", "status": "scheduled"}""";

	@Test
	void upsertsSingleCustomer() {
		TestTenant tenant = newTenant();

		Api.Response response = tenant.api().postJson("/api/audience/ingest/customers", """
				{"id": 1, "email": " Ana@Example.com ", "phone": "030 1234567", "first_name": "Ana",
				 "last_name": "Berg", "birth_date": "1990-04-02", "city": "Berlin", "country": "DE",
				 "email_consent": true, "ads_consent": false, "created_at": "2024-01-05T10:00:00Z"}""");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("received").asLong()).isEqualTo(1);
		assertThat(response.body().path("upserted").asLong()).isEqualTo(1);
		JsonNode customer = tenant.api().get("/api/audience/customers/1").body();
		assertThat(customer.path("email").asString()).isEqualTo("ana@example.com");
		assertThat(customer.path("phone_e164").asString()).isEqualTo("+49301234567");
		assertThat(customer.path("birth_date").asString()).isEqualTo("1990-04-02");
		assertThat(customer.path("email_consent").asBoolean()).isTrue();
		assertThat(customer.path("email_consent_at").isMissingNode()).isFalse();
		assertThat(customer.path("ads_consent").asBoolean()).isFalse();
		assertThat(customer.path("created_at").asString()).isEqualTo("2024-01-05T10:00:00Z");
	}

	@Test
	void rejectsInvalidSingleRowWithProblemDetail() {
		TestTenant tenant = newTenant();

		Api.Response response = tenant.api()
			.postJson("/api/audience/ingest/customers",
					"{\"id\": \"x\", \"email\": \"not-an-email\", \"country\": \"Germany\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body().path("rejected").asLong()).isEqualTo(1);
		assertThat(response.body().path("errors").get(0).path("errors").findValuesAsString("field"))
			.containsExactly("id", "email", "country");
	}

	@Test
	void keepsGoodRowsOfAnArrayAndReportsTheBadOnes() {
		TestTenant tenant = newTenant();

		Api.Response response = tenant.api().postJson("/api/audience/ingest/customers", """
				[{"id": 1, "email": "a@example.com"},
				 {"email": "b@example.com"},
				 {"id": 3, "email_consent": "maybe"},
				 42,
				 {"id": 5, "birth_date": "1990-13-01"},
				 {"id": 6}]""");

		assertThat(response.status()).isEqualTo(200);
		JsonNode report = response.body();
		assertThat(report.path("received").asLong()).isEqualTo(6);
		assertThat(report.path("upserted").asLong()).isEqualTo(2);
		assertThat(report.path("rejected").asLong()).isEqualTo(4);
		assertThat(report.path("errors").findValues("line").stream().map(JsonNode::asLong)).containsExactly(2L, 3L, 4L,
				5L);
		assertThat(report.path("errors").get(1).path("id").asLong()).isEqualTo(3);
		assertThat(report.path("errors").get(1).path("errors").get(0).path("field").asString())
			.isEqualTo("email_consent");
		assertThat(tenant.api().get("/api/audience/customers").body().path("items").findValuesAsString("id"))
			.containsExactly("1", "6");
	}

	@Test
	void readsNdjsonAndRejectsBadLinesOnTheirOwn() {
		TestTenant tenant = newTenant();
		String body = """
				{"id": 1, "email": "a@example.com"}

				{"id": 2, "email": "b@example.com"
				{"id": 3, "email": "c@example.com"}
				[1, 2]
				{"id": 4, "email": "d@example.com"}
				""";

		Api.Response response = tenant.api().post("/api/audience/ingest/customers", "application/x-ndjson", body);

		JsonNode report = response.body();
		assertThat(response.status()).isEqualTo(200);
		assertThat(report.path("upserted").asLong()).isEqualTo(3);
		assertThat(report.path("rejected").asLong()).isEqualTo(2);
		assertThat(report.path("errors").findValues("line").stream().map(JsonNode::asLong)).containsExactly(3L, 5L);
	}

	@Test
	void readsCsvWithListsAndReportsLineNumbers() {
		TestTenant tenant = newTenant();
		String body = """
				id,name,event_type,genres,artists,city,country,starts_at,min_price_cents,max_price_cents
				10,"Jazz, Live",concert,jazz|soul,Nina K|The Trio,Hamburg,DE,2026-03-01T20:00:00Z,1500,4500
				11,Broken,concert,,,Hamburg,DE,not-a-date,1500,4500
				12,"Quoted \"\"name\"\"",festival,Rock,,Munich,DE,2026-07-01T12:00:00Z,9000,3000
				13,Comedy Night,comedy,,,Cologne,DE,2026-02-01T20:00:00,,
				""";

		Api.Response response = tenant.api().post("/api/audience/ingest/events", "text/csv", body);

		JsonNode report = response.body();
		assertThat(report.path("upserted").asLong()).isEqualTo(2);
		assertThat(report.path("errors").findValues("line").stream().map(JsonNode::asLong)).containsExactly(3L, 4L);
		JsonNode event = tenant.api().get("/api/audience/events/10").body();
		assertThat(event.path("name").asString()).isEqualTo("Jazz, Live");
		assertThat(event.path("genres").get(1).asString()).isEqualTo("soul");
		assertThat(event.path("artists").get(0).asString()).isEqualTo("Nina K");
		assertThat(event.path("currency").asString()).isEqualTo("EUR");
		assertThat(tenant.api().get("/api/audience/events/13").body().path("starts_at").asString())
			.isEqualTo("2026-02-01T20:00:00Z");
	}

	@Test
	void csvRowWithWrongNumberOfValuesIsRejected() {
		TestTenant tenant = newTenant();

		Api.Response response = tenant.api()
			.post("/api/audience/ingest/customers", "text/csv", "id,email\n1,a@example.com\n2,b@example.com,extra\n");

		assertThat(response.body().path("upserted").asLong()).isEqualTo(1);
		assertThat(response.body().path("errors").get(0).path("line").asLong()).isEqualTo(3);
	}

	@Test
	void truncatedJsonArrayKeepsTheRowsBeforeTheFault() {
		TestTenant tenant = newTenant();
		StringBuilder body = new StringBuilder("[");
		for (int i = 1; i <= 1200; i++) {
			body.append("{\"id\": ").append(i).append(", \"email\": \"fan").append(i).append("@example.com\"},");
		}
		body.append("{\"id\": 1201, \"email\": \"fan");

		Api.Response response = tenant.api().postJson("/api/audience/ingest/customers", body.toString());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.type()).endsWith("/malformed-stream");
		assertThat(response.body().path("upserted").asLong()).isEqualTo(1200);
		assertThat(response.body().path("stream_error").path("line").asLong()).isEqualTo(1201);
		assertThat(tenant.api().get("/api/audience/customers/1200").status()).isEqualTo(200);
	}

	@Test
	void truncatedCsvKeepsTheRowsBeforeTheFault() {
		TestTenant tenant = newTenant();

		Api.Response response = tenant.api()
			.post("/api/audience/ingest/customers", "text/csv", "id,email\n1,a@example.com\n2,\"b@example.com\n");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("upserted").asLong()).isEqualTo(1);
		assertThat(tenant.api().get("/api/audience/customers/1").status()).isEqualTo(200);
	}

	@Test
	void truncatedNdjsonLosesOnlyTheCutLine() {
		TestTenant tenant = newTenant();

		Api.Response response = tenant.api()
			.post("/api/audience/ingest/customers", "application/x-ndjson",
					"{\"id\": 1}\n{\"id\": 2}\n{\"id\": 3, \"ema");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("upserted").asLong()).isEqualTo(2);
		assertThat(response.body().path("errors").get(0).path("line").asLong()).isEqualTo(3);
	}

	@Test
	void reingestionUpdatesInsteadOfDuplicating() {
		TestTenant tenant = newTenant();
		tenant.api().postJson("/api/audience/ingest/customers", "{\"id\": 1, \"city\": \"Berlin\"}");
		tenant.api().postJson("/api/audience/ingest/events", EVENT);
		String order = "{\"id\": 9, \"customer_id\": 1, \"event_id\": 100, \"total_cents\": 6000,"
				+ " \"tickets\": 2, \"status\": \"%s\", \"placed_at\": \"2026-01-10T12:00:00Z\"}";
		tenant.api().postJson("/api/audience/ingest/orders", order.formatted("paid"));

		tenant.api().postJson("/api/audience/ingest/customers", "{\"id\": 1, \"city\": \"Hamburg\"}");
		Api.Response again = tenant.api().postJson("/api/audience/ingest/orders", order.formatted("refunded"));

		assertThat(again.body().path("upserted").asLong()).isEqualTo(1);
		assertThat(tenant.api().get("/api/audience/customers").body().path("items").size()).isEqualTo(1);
		assertThat(tenant.api().get("/api/audience/customers/1").body().path("city").asString()).isEqualTo("Hamburg");
		JsonNode orders = tenant.api().get("/api/audience/orders?customer_id=1").body().path("items");
		assertThat(orders.size()).isEqualTo(1);
		assertThat(orders.get(0).path("status").asString()).isEqualTo("refunded");
	}

	@Test
	void lastRowWinsWhenABatchRepeatsAnId() {
		TestTenant tenant = newTenant();

		tenant.api()
			.postJson("/api/audience/ingest/customers",
					"[{\"id\": 1, \"city\": \"Berlin\"}, {\"id\": 1, \"city\": \"Paris\"}]");

		assertThat(tenant.api().get("/api/audience/customers/1").body().path("city").asString()).isEqualTo("Paris");
	}

	@Test
	void consentChangesRecordWhenAndAbsentConsentKeepsTheOldValue() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		api.postJson("/api/audience/ingest/customers",
				"{\"id\": 1, \"email_consent\": true, \"email_consent_at\": \"2025-01-01T00:00:00Z\"}");

		api.postJson("/api/audience/ingest/customers", "{\"id\": 1, \"email_consent\": true, \"city\": \"Rome\"}");
		JsonNode unchanged = api.get("/api/audience/customers/1").body();
		api.postJson("/api/audience/ingest/customers", "{\"id\": 1, \"city\": \"Milan\"}");
		JsonNode absent = api.get("/api/audience/customers/1").body();
		api.postJson("/api/audience/ingest/customers",
				"{\"id\": 1, \"email_consent\": false, \"email_consent_at\": \"2025-06-01T00:00:00Z\"}");
		JsonNode withdrawn = api.get("/api/audience/customers/1").body();

		assertThat(unchanged.path("email_consent_at").asString()).isEqualTo("2025-01-01T00:00:00Z");
		assertThat(absent.path("email_consent").asBoolean()).isTrue();
		assertThat(withdrawn.path("email_consent").asBoolean()).isFalse();
		assertThat(withdrawn.path("email_consent_at").asString()).isEqualTo("2025-06-01T00:00:00Z");
	}

	@Test
	void rejectsOrdersOfUnknownCustomersOrEvents() {
		TestTenant tenant = newTenant();
		TestTenant other = newTenant();
		tenant.api().postJson("/api/audience/ingest/customers", "{\"id\": 1}");
		tenant.api().postJson("/api/audience/ingest/events", EVENT);
		other.api().postJson("/api/audience/ingest/customers", "{\"id\": 2}");
		String order = "{\"id\": %d, \"customer_id\": %d, \"event_id\": %d, \"total_cents\": 100,"
				+ " \"status\": \"paid\", \"placed_at\": \"2026-01-10T12:00:00Z\"}";

		Api.Response response = tenant.api()
			.post("/api/audience/ingest/orders", "application/x-ndjson", String.join("\n", order.formatted(1, 1, 100),
					order.formatted(2, 2, 100), order.formatted(3, 1, 999), order.formatted(4, 1, 100)));

		JsonNode report = response.body();
		assertThat(report.path("upserted").asLong()).isEqualTo(2);
		assertThat(report.path("errors").get(0).path("line").asLong()).isEqualTo(2);
		assertThat(report.path("errors").get(0).path("errors").get(0).path("field").asString())
			.isEqualTo("customer_id");
		assertThat(report.path("errors").get(1).path("errors").get(0).path("field").asString()).isEqualTo("event_id");
	}

	@Test
	void rejectsUnknownEnumValuesAndMissingRequiredFields() {
		TestTenant tenant = newTenant();
		tenant.api().postJson("/api/audience/ingest/customers", "{\"id\": 1}");
		tenant.api().postJson("/api/audience/ingest/events", EVENT);

		Api.Response response = tenant.api()
			.postJson("/api/audience/ingest/orders",
					"[{\"id\": 1, \"customer_id\": 1, \"event_id\": 100, \"total_cents\": 5,"
							+ " \"status\": \"pending\", \"placed_at\": \"2026-01-10T12:00:00Z\"},"
							+ " {\"id\": 2, \"customer_id\": 1, \"event_id\": 100, \"status\": \"paid\"}]");

		JsonNode errors = response.body().path("errors");
		assertThat(errors.get(0).path("errors").findValuesAsString("field")).containsExactly("status");
		assertThat(errors.get(1).path("errors").findValuesAsString("field")).containsExactly("total_cents",
				"placed_at");
	}

	@Test
	void watchlistFollowsAddsAndRemovesInTimeOrder() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		api.postJson("/api/audience/ingest/customers", "{\"id\": 1}");
		api.postJson("/api/audience/ingest/events", EVENT);
		api.postJson("/api/audience/ingest/events", EVENT.replace("\"id\": 100", "\"id\": 101"));

		Api.Response response = api.post("/api/audience/ingest/activities", "application/x-ndjson", """
				{"customer_id": 1, "type": "watchlist_add", "event_id": 100, "occurred_at": "2026-01-01T10:00:00Z"}
				{"customer_id": 1, "type": "watchlist_add", "event_id": 101, "occurred_at": "2026-01-01T10:00:00Z"}
				{"customer_id": 1, "type": "watchlist_remove", "event_id": 101, "occurred_at": "2026-01-02T10:00:00Z"}
				{"customer_id": 1, "type": "page_view", "occurred_at": "2026-01-02T11:00:00Z"}
				{"customer_id": 1, "type": "watchlist_add", "occurred_at": "2026-01-02T11:00:00Z"}
				{"customer_id": 1, "type": "teleport", "occurred_at": "2026-01-02T11:00:00Z"}
				""");
		api.post("/api/audience/ingest/activities", "application/x-ndjson",
				"{\"customer_id\": 1, \"type\": \"watchlist_remove\", \"event_id\": 100,"
						+ " \"occurred_at\": \"2025-12-01T00:00:00Z\"}");

		assertThat(response.body().path("upserted").asLong()).isEqualTo(4);
		assertThat(response.body().path("errors").findValues("line").stream().map(JsonNode::asLong)).containsExactly(5L,
				6L);
		JsonNode watchlist = api.get("/api/audience/customers/1").body().path("watchlist");
		assertThat(watchlist.size()).isEqualTo(1);
		assertThat(watchlist.get(0).path("event_id").asLong()).isEqualTo(100);
	}

	@Test
	void activitiesWithoutIdsAreIdempotent() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		api.postJson("/api/audience/ingest/customers", "{\"id\": 1}");
		String view = "{\"customer_id\": 1, \"type\": \"page_view\", \"occurred_at\": \"2026-01-02T11:00:00Z\"}";

		api.postJson("/api/audience/ingest/activities", view);
		api.postJson("/api/audience/ingest/activities", view);

		assertThat(api.get("/api/audience/customers/1").status()).isEqualTo(200);
		assertThat(ActivityRecords.contentId(1, "page_view", null, java.time.Instant.parse("2026-01-02T11:00:00Z")))
			.isNegative();
	}

	@Test
	void acceptsGzipBodies() {
		TestTenant tenant = newTenant();

		Api.Response response = tenant.api()
			.postGzip("/api/audience/ingest/customers", "application/x-ndjson", "{\"id\": 1}\n{\"id\": 2}\n");

		assertThat(response.body().path("upserted").asLong()).isEqualTo(2);
	}

	@Test
	void refusesUnsupportedMediaType() {
		TestTenant tenant = newTenant();

		Api.Response response = tenant.api().post("/api/audience/ingest/customers", "application/xml", "<x/>");

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.type()).endsWith("/unsupported-input-format");
	}

	@Test
	void refusesRowNamingAnotherTenant() {
		TestTenant tenant = newTenant();

		Api.Response response = tenant.api()
			.postJson("/api/audience/ingest/customers", "[{\"id\": 1, \"tenant_id\": " + (tenant.id() + 1) + "}]");

		assertThat(response.body().path("rejected").asLong()).isEqualTo(1);
		assertThat(response.body().path("errors").get(0).path("errors").get(0).path("field").asString())
			.isEqualTo("tenant_id");
	}

	@Test
	void storesTextThatNeedsEscapingUnchanged() {
		TestTenant tenant = newTenant();
		String name = "Tab\\there, back\\\\slash, \\\"quote\\\", {brace}, new\\nline, ümlaut";

		tenant.api()
			.postJson("/api/audience/ingest/events",
					EVENT.replace("Night of Rock", name).replace("\"The Keys\"", "\"A \\\"B\\\" {C}, D\\\\E\""));

		JsonNode event = tenant.api().get("/api/audience/events/100").body();
		assertThat(event.path("name").asString())
			.isEqualTo("Tab\there, back\\slash, \"quote\", {brace}, new\nline, ümlaut");
		assertThat(event.path("artists").get(0).asString()).isEqualTo("A \"B\" {C}, D\\E");
	}

}
