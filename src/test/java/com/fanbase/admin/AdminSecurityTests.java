package com.fanbase.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fanbase.accounts.Accounts;
import com.fanbase.privacy.AuditEntry;
import com.fanbase.privacy.AuditLog;
import com.fanbase.privacy.AuditQuery;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;
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

	private static final String PASSWORD = "correct horse battery staple";

	@org.springframework.beans.factory.annotation.Autowired
	SignInThrottle throttle;

	@org.springframework.beans.factory.annotation.Autowired
	Accounts accounts;

	@org.springframework.beans.factory.annotation.Autowired
	AuditLog audit;

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
	void passwordsTypedIntoTheLoginFormAreNeverLogged() {
		String email = user(newTenant());
		HttpClient browser = browser();

		String output = StandardOut.capture(() -> {
			assertThat(signIn(browser, email, "wrong-password-that-must-not-appear"))
				.endsWith("/admin/login?error=invalid-credentials");
			assertThat(signIn(browser, email, PASSWORD)).endsWith("/admin");
		});

		assertThat(output).doesNotContain("wrong-password-that-must-not-appear").doesNotContain(PASSWORD);
	}

	@Test
	void signInsRefusalsAndSignOutsAreAuditedWithoutWhatWasTyped() throws Exception {
		TestTenant tenant = newTenant();
		String email = user(tenant);
		long userId = this.accounts.findByEmail(TenantId.of(tenant.id()), email).orElseThrow().id();
		String nobody = "nobody-" + System.nanoTime() + "@example.com";
		HttpClient browser = browser();
		try {
			assertThat(signIn(browser, email, "wrong-password-" + System.nanoTime())).contains("error");
			assertThat(signIn(browser, nobody, PASSWORD)).contains("error");
			assertThat(signIn(browser, email, PASSWORD)).endsWith("/admin");
			assertThat(postFrom(browser, "/admin/account", "/admin/logout", "")).contains("signed-out");
		}
		finally {
			this.throttle.succeeded("127.0.0.1");
		}

		List<AuditEntry> entries = this.audit.find(TenantId.of(tenant.id()),
				new AuditQuery("user", userId, "sign-", null, null, null, 10));
		assertThat(entries).extracting(AuditEntry::action).containsExactly("sign-out", "sign-in", "sign-in");
		assertThat(entries).extracting(AuditEntry::status).containsExactly(200, 200, 401);
		assertThat(entries.get(2).target()).containsEntry("reason", "invalid-credentials")
			.containsEntry("method", "password");
		List<AuditEntry> anonymous = this.audit.find(AuditLog.PLATFORM,
				new AuditQuery("anonymous", null, "sign-in", null, null, null, 50));
		assertThat(anonymous).isNotEmpty();
		assertThat(anonymous.get(0).actor().id()).isNull();
		assertThat(anonymous.toString()).doesNotContain(nobody).doesNotContain(PASSWORD);
	}

	@Test
	void anAddressWithTooManyRefusedSignInsIsHeldBackEvenWithTheRightPassword() {
		String email = user(newTenant());
		HttpClient browser = browser();
		try {
			for (int i = 0; i < 10; i++) {
				assertThat(signIn(browser, email, "guess number " + i))
					.endsWith("/admin/login?error=invalid-credentials");
			}

			assertThat(signIn(browser, email, PASSWORD)).endsWith("/admin/login?error=too-many-attempts");
		}
		finally {
			this.throttle.succeeded("127.0.0.1");
		}
		assertThat(signIn(browser, email, PASSWORD)).endsWith("/admin");
	}

	@Test
	void theOperatorKeyOpensOnlyTheOperatorConsole() throws Exception {
		HttpClient browser = browser();
		assertThat(post(browser, "/admin/operator/login", "key=" + Api.OPERATOR_KEY)).endsWith("/admin/operator");

		assertThat(browser
			.send(HttpRequest.newBuilder(uri("/admin/operator")).build(), HttpResponse.BodyHandlers.ofString())
			.body()).contains("Tenants");
		HttpResponse<String> tenantPage = browser.send(HttpRequest.newBuilder(uri("/admin/segments")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(tenantPage.statusCode()).isEqualTo(403);
		assertThat(post(browser(), "/admin/operator/login", "key=" + newTenant().key()))
			.endsWith("/admin/operator/login?error=invalid-key");
	}

	@Test
	void anUnknownAdminAddressGetsTheAdminsNotFoundPage() throws Exception {
		HttpClient browser = browser();
		assertThat(signIn(browser, user(newTenant()), PASSWORD)).endsWith("/admin");

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

	private String user(TestTenant tenant) {
		String email = "security-" + System.nanoTime() + "@example.com";
		this.accounts.create(TenantId.of(tenant.id()), email, Role.MARKETER, PASSWORD);
		return email;
	}

	private String signIn(HttpClient browser, String email, String password) {
		return post(browser, "/admin/login", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8));
	}

	private String post(HttpClient browser, String path, String fields) {
		return postFrom(browser, path, path, fields);
	}

	/** Posts a form to {@code path} with the CSRF token of the page at {@code page}. */
	private String postFrom(HttpClient browser, String page, String path, String fields) {
		try {
			String html = browser.send(HttpRequest.newBuilder(uri(page)).build(), HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
			assertThat(token.find()).isTrue();
			String form = fields + "&_csrf=" + token.group(1);
			return browser
				.send(HttpRequest.newBuilder(uri(path))
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
