package com.fanbase.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's security chain beside the API's: the API stays bearer-only and stateless,
 * the admin wants a sign-in and CSRF tokens.
 */
@IntegrationTest
class AdminSecurityTests extends ApiTestSupport {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theApiStaysBearerOnlyAndCreatesNoSession() throws Exception {
		TestTenant tenant = newTenant();

		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/audience/segments"))
			.header("Authorization", "Bearer " + tenant.key())
			.build());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
		Api.Response anonymous = anonymous().get("/api/audience/segments");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.isProblem()).isTrue();
	}

	@Test
	void aBearerKeyDoesNotOpenTheAdmin() throws Exception {
		TestTenant tenant = newTenant();

		HttpResponse<String> answer = send(
				HttpRequest.newBuilder(uri("/admin")).header("Authorization", "Bearer " + tenant.key()).build());

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login"));
	}

	@Test
	void aSignInWithoutACsrfTokenIsRefused() throws Exception {
		TestTenant tenant = newTenant();

		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("key=" + tenant.key()))
			.build());

		assertThat(answer.statusCode()).isEqualTo(403);
	}

	@Test
	void anHtmxRequestWithoutASessionIsSentToTheLoginPage() throws Exception {
		HttpResponse<String> answer = send(
				HttpRequest.newBuilder(uri("/admin/jobs/list")).header("HX-Request", "true").build());

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("HX-Redirect")).hasValue("/admin/login");
	}

	@Test
	void adminPagesCarryAStrictContentSecurityPolicy() throws Exception {
		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/admin/login")).build());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Security-Policy"))
			.hasValue(AdminSecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(answer.body()).contains("name=\"_csrf\"");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
