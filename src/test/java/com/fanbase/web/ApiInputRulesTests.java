package com.fanbase.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's input rules, one class of bad input at a time: NUL characters, ids beyond 64
 * bits or below 1, nulls where a closed set is expected, bodies that are not the gzip
 * they claim, paths Tomcat refuses, unknown routes and methods, wrong media types, text
 * over its maximum and gzip bombs. Each is a 4xx problem with a type, never a 500.
 */
@IntegrationTest
class ApiInputRulesTests extends ApiTestSupport {

	private static final String NUL = "\\u0000";

	@Test
	void refusesANulInABodyTextNamingTheField() {
		Api api = newTenant().api();

		Api.Response response = api.postJson("/api/audience/segments", "{\"name\": \"Rock" + NUL + "fans\"}");

		assertInvalid(response, "/name", "NUL");
		assertThat(api.get("/api/audience/segments").text()).doesNotContain("Rock");
	}

	@Test
	void refusesANulInACriteriaValueAndACredential() {
		Api api = newTenant().api();

		Api.Response criteria = api.postJson("/api/audience/segments/preview",
				"{\"criteria\": {\"match\": \"all\", \"rules\": [{\"field\": \"city\", \"operator\": \"=\", \"value\": \"Ber"
						+ NUL + "lin\"}]}}");
		Api.Response credential = api.send("PUT", "/api/audience/settings/platforms/meta",
				"{\"access_token\": \"EAAB" + NUL + "\", \"ad_account_id\": \"act_1\"}");

		assertInvalid(criteria, "/criteria/rules/0/value", "NUL");
		assertThat(credential.status()).isEqualTo(400);
		assertThat(credential.text()).contains("access_token").contains("NUL");
	}

	@Test
	void refusesANulOrABrokenEscapeInTheQuery() {
		Api api = newTenant().api();

		Api.Response nul = api.get("/api/audience/profiles?city=Ber%00lin");
		Api.Response broken = api.get("/api/audience/profiles?city=%FF");

		assertInvalid(nul, "city", "NUL");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.type()).endsWith("/invalid-request");
	}

	@Test
	void ingestionRejectsARowWithANulAndKeepsTheOthers() {
		Api api = newTenant().api();

		Api.Response response = api.post("/api/audience/ingest/customers", "application/x-ndjson", """
				{"id": 1, "email": "a@example.com", "first_name": "Ann"}
				{"id": 2, "email": "b@example.com", "first_name": "B\\u0000b"}
				{"id": "", "email": "c@example.com"}
				{"id": null, "email": "d@example.com"}
				""");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("upserted").asLong()).isEqualTo(1);
		assertThat(response.body().path("errors").findValuesAsString("field")).containsExactly("first_name", "id",
				"id");
	}

	@Test
	void refusesIdsBeyond64BitsOrBelowOneNamingTheField() {
		Api api = newTenant().api();

		Api.Response huge = api.postJson("/api/audience/segments",
				"{\"tenant_id\": 18446744073709551616, \"name\": \"A\"}");
		Api.Response negative = api.postJson("/api/audience/exports/meta",
				"{\"segment_id\": -1, \"audience_name\": \"A\"}");
		Api.Response listed = api.postJson("/api/audience/segments/1/members",
				"{\"customer_ids\": [1, 99999999999999999999]}");

		assertInvalid(huge, "/tenant_id", "64 bits");
		assertInvalid(negative, "/segment_id", "positive");
		assertThat(listed.status()).isEqualTo(400);
		assertThat(listed.text()).contains("/customer_ids/1");
	}

	@Test
	void refusesANullWhereAClosedSetIsExpected() {
		Api api = newTenant().api();

		Api.Response response = api.postJson("/api/audience/campaigns",
				"{\"segment_id\": 1, \"name\": \"A\", \"campaign_type\": null}");

		assertInvalid(response, "/campaign_type", "must be");
	}

	@Test
	void refusesABodyThatIsNotTheGzipItClaims() {
		Api api = newTenant().api();
		byte[] plain = "{\"name\": \"plain\"}".getBytes(StandardCharsets.UTF_8);

		Api.Response json = api.exchange("POST", "/api/audience/segments", "application/json", "gzip", plain);
		Api.Response ingest = api.exchange("POST", "/api/audience/ingest/customers", "application/x-ndjson", "gzip",
				plain);
		Api.Response unknown = api.exchange("POST", "/api/audience/segments", "application/json", "br", plain);

		assertThat(json.status()).isEqualTo(400);
		assertThat(json.type()).endsWith("/malformed-encoding");
		assertThat(ingest.status()).isEqualTo(400);
		assertThat(ingest.type()).endsWith("/malformed-encoding");
		assertThat(ingest.body().path("received").asLong()).isZero();
		assertThat(unknown.status()).isEqualTo(415);
		assertThat(unknown.type()).endsWith("/unsupported-content-encoding");
	}

	@Test
	void readsGzipOnEveryEndpoint() {
		Api api = newTenant().api();

		Api.Response created = api.exchange("POST", "/api/audience/segments", "application/json", "gzip",
				gzip(segment("Zipped").getBytes(StandardCharsets.UTF_8)));

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.body().path("name").asString()).isEqualTo("Zipped");
	}

	@Test
	void cutsAGzipBombAndKeepsTheRowsBeforeIt() {
		Api api = newTenant().api();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes("""
				{"id": 1, "email": "a@example.com"}
				{"id": 2, "email": "b@example.com"}
				""".getBytes(StandardCharsets.UTF_8));
		body.writeBytes(" ".repeat(64 << 20).getBytes(StandardCharsets.UTF_8));
		byte[] bomb = gzip(body.toByteArray());

		Api.Response response = api.exchange("POST", "/api/audience/ingest/customers", "application/x-ndjson", "gzip",
				bomb);

		assertThat(bomb.length).isLessThan(1 << 20);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.type()).endsWith("/inflated-body-too-large");
		assertThat(response.body().path("upserted").asLong()).isEqualTo(2);
		assertThat(api.get("/api/audience/customers/2").status()).isEqualTo(200);
	}

	@Test
	void answersRefusedPathsUnknownRoutesMethodsAndMediaTypesWithTypedProblems() {
		Api api = newTenant().api();

		assertTyped(api.get("/api/audience/segments/%00"), 400, "/malformed-request");
		Api.Response unknown = api.get("/api/audience/no-such-thing");
		assertTyped(unknown, 404, "/not-found");
		assertThat(unknown.text()).as(unknown.text()).contains("no such path");
		assertThat(unknown.text()).doesNotContainIgnoringCase("static resource");
		assertTyped(api.send("PUT", "/api/audience/dashboard", "{}"), 405, "/method-not-allowed");
		assertTyped(api.post("/api/audience/segments", "text/plain", "name"), 415, "/unsupported-media-type");
	}

	@Test
	void boundsEveryTextByItsFieldsMaximum() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		String name = "n".repeat(TextLimits.NAME + 1);

		assertInvalid(api.postJson("/api/audience/segments", "{\"name\": \"" + name + "\"}"), "/name", "200");
		assertInvalid(
				operator().postJson("/api/audience/tenants/" + tenant.id() + "/keys", "{\"name\": \"" + name + "\"}"),
				"/name", "200");
		assertInvalid(
				api.postJson("/api/audience/exports/brevo", "{\"segment_id\": 1, \"list_name\": \"" + name + "\"}"),
				"/list_name", "200");
		Api.Response credential = api.send("PUT", "/api/audience/settings/platforms/meta",
				"{\"access_token\": \"" + "t".repeat(TextLimits.SECRET + 1) + "\", \"ad_account_id\": \"act_1\"}");
		assertThat(credential.status()).isEqualTo(400);
		assertThat(credential.text()).contains("access_token").contains(String.valueOf(TextLimits.SECRET));
		Api.Response within = api.postJson("/api/audience/segments", segment("n".repeat(TextLimits.NAME)));
		assertThat(within.status()).as(within.text()).isEqualTo(201);
	}

	private static String segment(String name) {
		return "{\"name\": \"" + name
				+ "\", \"criteria\": {\"match\": \"all\", \"rules\": [{\"field\": \"city\", \"operator\": \"is\", \"value\": \"Berlin\"}]}}";
	}

	private static void assertInvalid(Api.Response response, String pointer, String message) {
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.type()).endsWith("/invalid-request");
		assertThat(response.body().path("errors").findValuesAsString("pointer")).contains(pointer);
		assertThat(response.text()).contains(message);
	}

	private static void assertTyped(Api.Response response, int status, String type) {
		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.type()).as(response.text()).endsWith(type);
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
