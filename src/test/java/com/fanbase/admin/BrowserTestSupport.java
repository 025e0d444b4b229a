package com.fanbase.admin;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

import com.fanbase.accounts.Account;
import com.fanbase.accounts.Accounts;
import com.fanbase.tenants.Role;
import com.fanbase.tenants.TenantId;
import com.fanbase.testing.Api;
import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.Eventually;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Browser tests of the admin: Debian's headless Chromium driven by its chromedriver
 * (paths fixed, so Selenium Manager never downloads anything) against the service on its
 * random port. Without Chromium the tests are skipped, unless
 * {@code FANBASE_REQUIRE_BROWSER=1} (set by CI), which makes them fail instead.
 */
abstract class BrowserTestSupport extends ApiTestSupport {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	static final String PASSWORD = "correct horse battery staple";

	private static final AtomicLong users = new AtomicLong();

	private static WebDriver driver;

	@Autowired
	Accounts accounts;

	private static Path profileDirectory;

	protected WebDriver browser;

	/**
	 * A failed test leaves a screenshot of what the browser showed: failed-<test>.png.
	 */
	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (BrowserTestSupport.this.browser != null) {
				screenshot("failed-" + context.getRequiredTestMethod().getName());
			}
		}
	};

	@BeforeEach
	void openBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver)";
			if ("1".equals(System.getenv("FANBASE_REQUIRE_BROWSER"))) {
				fail(missing + "; FANBASE_REQUIRE_BROWSER=1 does not allow skipping them.");
			}
			Assumptions.abort(missing + "; skipped.");
		}
		if (driver == null) {
			driver = start();
		}
		this.browser = driver;
		this.browser.get(url("/admin/login"));
		this.browser.manage().deleteAllCookies();
		// Reading the log empties it: each test sees only its own console messages.
		this.browser.manage().logs().get(LogType.BROWSER);
	}

	@AfterAll
	static void closeBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
			FileSystemUtils.deleteRecursively(profileDirectory.toFile());
		}
	}

	private static WebDriver start() throws IOException {
		profileDirectory = Files.createTempDirectory("fanbase-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1440,1000", "--user-data-dir=" + profileDirectory);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A user of the tenant, made for a test: the password is {@link #PASSWORD}. */
	record TestUser(long id, String email, Role role, TestTenant tenant) {
	}

	/** Signs in as a new owner of the tenant. */
	TestUser signIn(TestTenant tenant) {
		return signIn(tenant, Role.OWNER);
	}

	/** Signs in, through the sign-in form, as a new user of the tenant with the role. */
	TestUser signIn(TestTenant tenant, Role role) {
		TestUser user = newUser(tenant, role);
		signIn(user.email(), PASSWORD, null);
		return user;
	}

	TestUser newUser(TestTenant tenant, Role role) {
		String email = role.id() + "-" + users.incrementAndGet() + "-" + tenant.id() + "@example.com";
		Account account = this.accounts.create(TenantId.of(tenant.id()), email, role, PASSWORD);
		return new TestUser(account.id(), email, role, tenant);
	}

	/**
	 * Fills in the sign-in form and waits for the page it leads to (the dashboard, or the
	 * login page again with the reason), so the next navigation cannot race the form's.
	 */
	void signIn(String email, String password, String code) {
		this.browser.get(url("/admin/login"));
		WebElement page = this.browser.findElement(By.tagName("html"));
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys(password);
		if (code != null) {
			this.browser.findElement(By.id("code")).sendKeys(code);
		}
		this.browser.findElement(By.id("sign-in")).click();
		awaitGone(page);
	}

	/**
	 * Waits until the element has left the document, as a new page replaces the old one.
	 * Chromium sometimes answers a question about a node of the page being replaced with
	 * "does not belong to the document" instead of a stale element: that means gone too.
	 */
	void awaitGone(WebElement element) {
		await((browser) -> {
			try {
				return ExpectedConditions.stalenessOf(element).apply(browser);
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	<T> T await(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.browser, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
	}

	WebElement find(String css) {
		return await((browser) -> browser.findElement(By.cssSelector(css)));
	}

	/** Waits until the element's text is exactly {@code text}. */
	void awaitText(String css, String text) {
		await((browser) -> {
			List<WebElement> found = browser.findElements(By.cssSelector(css));
			return !found.isEmpty() && found.get(0).getText().strip().equals(text);
		});
	}

	/**
	 * Saves what the browser shows, for people to look at (target/browser-screenshots).
	 */
	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * No script errors and no content-security-policy violations since the last check.
	 */
	void assertNoConsoleErrors() {
		List<String> errors = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter((message) -> !message.contains("favicon"))
			.toList();
		assertThat(errors).isEmpty();
	}

	/**
	 * A tenant with five customers and profiles: 1 rock fan in Berlin (150.00, email
	 * consent), 2 indie fan in Berlin (120.00, ads consent, phone), 3 rock fan in Hamburg
	 * (50.00), 4 who never bought, 5 jazz fan in Munich (300.00, both consents).
	 */
	TestTenant seededTenant() {
		TestTenant tenant = newTenant();
		Api api = tenant.api();
		String recent = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		api.post("/api/audience/ingest/events", "application/x-ndjson",
				String.join("\n", event(1, "Rock Night", "rock", recent), event(2, "Indie Evening", "indie", recent),
						event(3, "Jazz Brunch", "jazz", recent)));
		api.post("/api/audience/ingest/customers", "application/x-ndjson", String.join("\n",
				"{\"id\": 1, \"email\": \"ana@example.com\", \"first_name\": \"Ana\", \"last_name\": \"Berg\", \"city\": \"Berlin\", \"country\": \"DE\", \"email_consent\": true}",
				"{\"id\": 2, \"phone\": \"+4930123456\", \"first_name\": \"Ben\", \"city\": \"Berlin\", \"country\": \"DE\", \"ads_consent\": true}",
				"{\"id\": 3, \"email\": \"carla@example.com\", \"first_name\": \"Carla\", \"city\": \"Hamburg\", \"country\": \"DE\", \"email_consent\": true}",
				"{\"id\": 4, \"email\": \"dan@example.com\"}",
				"{\"id\": 5, \"email\": \"eva@example.com\", \"first_name\": \"Eva\", \"city\": \"Munich\", \"country\": \"DE\", \"email_consent\": true, \"ads_consent\": true}"));
		api.post("/api/audience/ingest/orders", "application/x-ndjson", String.join("\n", order(1, 1, 1, 15000, recent),
				order(2, 2, 2, 12000, recent), order(3, 3, 1, 5000, recent), order(4, 5, 3, 30000, recent)));
		long job = api.postJson("/api/audience/profiles/rebuild", "{}").body().path("job_id").asLong();
		JsonNode done = Eventually.await(() -> api.get("/api/audience/jobs/" + job).body(),
				(body) -> body.path("finished_at").isString(), Duration.ofSeconds(60));
		assertThat(done.path("status").asString()).isEqualTo("succeeded");
		return tenant;
	}

	private static String event(long id, String name, String genre, String at) {
		return "{\"id\": %d, \"name\": \"%s\", \"event_type\": \"concert\", \"genres\": [\"%s\"], \"starts_at\": \"%s\"}"
			.formatted(id, name, genre, at);
	}

	private static String order(long id, long customer, long event, long total, String at) {
		return "{\"id\": %d, \"customer_id\": %d, \"event_id\": %d, \"total_cents\": %d, \"status\": \"paid\", \"placed_at\": \"%s\"}"
			.formatted(id, customer, event, total, at);
	}

	/** Clicks what leads to another page and waits until this one is gone. */
	void clickAndWaitForNextPage(String css) {
		WebElement page = find("html");
		find(css).click();
		awaitGone(page);
	}

	/**
	 * A static segment of five customers: 1, 3 and 5 have an email and email consent; 2
	 * has only a phone; 4 gave no consent.
	 */
	static long segmentOfFive(Api api, String name) {
		Api.Response customers = api.post("/api/audience/ingest/customers", "application/x-ndjson",
				String.join("\n",
						"{\"id\": 1, \"email\": \"ana@example.com\", \"first_name\": \"Ana\", \"email_consent\": true}",
						"{\"id\": 2, \"phone\": \"+4930123456\", \"country\": \"DE\", \"ads_consent\": true}",
						"{\"id\": 3, \"email\": \"carla@example.com\", \"email_consent\": true}",
						"{\"id\": 4, \"email\": \"dan@example.com\"}",
						"{\"id\": 5, \"email\": \"eva@example.com\", \"email_consent\": true, \"ads_consent\": true}"));
		assertThat(customers.status()).as(customers.text()).isLessThan(300);
		Api.Response created = api.postJson("/api/audience/segments",
				"{\"name\": \"" + name + "\", \"segment_type\": \"static\"}");
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.body().path("id").asLong();
		Api.Response added = api.postJson("/api/audience/segments/" + id + "/members",
				"{\"customer_ids\": [1, 2, 3, 4, 5]}");
		assertThat(added.status()).as(added.text()).isEqualTo(200);
		return id;
	}

}
