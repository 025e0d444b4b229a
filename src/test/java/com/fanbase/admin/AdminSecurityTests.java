package com.fanbase.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;
import com.fanbase.testing.StandardOut;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's security chain beside the API's: the API stays bearer-only and stateless,
 * the admin wants a sign-in and CSRF tokens.
 */
@IntegrationTest
class AdminSecurityTests extends ApiTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	SignInThrottle throttle;

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
	void theSessionCookieIsSecureWhenTheRequestCameOverHttps() throws Exception {
		HttpResponse<String> direct = send(HttpRequest.newBuilder(uri("/admin/login")).build());
		HttpResponse<String> proxied = send(
				HttpRequest.newBuilder(uri("/admin/login")).header("X-Forwarded-Proto", "https").build());

		assertThat(sessionCookie(direct)).contains("HttpOnly").doesNotContainIgnoringCase("Secure");
		assertThat(sessionCookie(proxied)).contains("HttpOnly").containsIgnoringCase("; Secure");
	}

	private static String sessionCookie(HttpResponse<String> answer) {
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers().map()));
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

	@Test
	void keysTypedIntoTheLoginFormAreNeverLogged() {
		TestTenant tenant = newTenant();
		HttpClient browser = browser();

		String output = StandardOut.capture(() -> {
			assertThat(signIn(browser, "fbk_wrong-secret-that-must-not-appear"))
				.endsWith("/admin/login?error=invalid-key");
			assertThat(signIn(browser, tenant.key())).endsWith("/admin");
		});

		assertThat(output).doesNotContain("fbk_wrong-secret-that-must-not-appear").doesNotContain(tenant.key());
	}

	@Test
	void anAddressWithTooManyRefusedSignInsIsHeldBackEvenWithAGoodKey() {
		TestTenant tenant = newTenant();
		HttpClient browser = browser();
		try {
			for (int i = 0; i < 10; i++) {
				assertThat(signIn(browser, "fbk_guess-" + i)).endsWith("/admin/login?error=invalid-key");
			}

			assertThat(signIn(browser, tenant.key())).endsWith("/admin/login?error=too-many-attempts");
		}
		finally {
			this.throttle.succeeded("127.0.0.1");
		}
		assertThat(signIn(browser, tenant.key())).endsWith("/admin");
	}

	@Test
	void anUnknownAdminAddressGetsTheAdminsNotFoundPage() throws Exception {
		TestTenant tenant = newTenant();
		HttpClient browser = browser();
		assertThat(signIn(browser, tenant.key())).endsWith("/admin");

		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/admin/no-such-page/at-all")).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> asset = browser.send(HttpRequest.newBuilder(uri("/admin/assets/no-such.css")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("There is no admin page at this address.");
		assertThat(asset.statusCode()).isEqualTo(404);
		assertThat(browser
			.send(HttpRequest.newBuilder(uri("/admin/assets/admin.css")).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode()).isEqualTo(200);
	}

	/**
	 * A client that keeps cookies like a browser and shows redirects instead of following
	 * them.
	 */
	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private String signIn(HttpClient browser, String key) {
		try {
			String page = browser
				.send(HttpRequest.newBuilder(uri("/admin/login")).build(), HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
			assertThat(token.find()).isTrue();
			String form = "key=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
			return browser
				.send(HttpRequest.newBuilder(uri("/admin/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.discarding())
				.headers()
				.firstValue("Location")
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
