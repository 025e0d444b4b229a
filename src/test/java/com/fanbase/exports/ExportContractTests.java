package com.fanbase.exports;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fanbase.exports.PlatformDriver.Fan;
import com.fanbase.exports.fakes.FakeServer.Reply;
import com.fanbase.platforms.Platform;
import com.fanbase.platforms.Platforms;
import com.fanbase.tenants.TenantId;
import com.fanbase.testing.IntegrationTest;

/**
 * What every platform must do, each against its fake that checks the documented wire
 * format: create and fill, delta sync, expiry refresh, rate limits, 5xx storms, refused
 * credentials, resume after a crash.
 */
@IntegrationTest
class ExportContractTests extends ExportTestSupport {

	@Autowired
	ExportRunner runner;

	@Autowired
	ExportRepository repository;

	@Autowired
	ExportSchedules schedules;

	@Autowired
	Suppressions suppressions;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	Platforms platforms;

	static Stream<PlatformDriver> platforms() {
		return Stream.of(PlatformDriver.meta(), PlatformDriver.google(), PlatformDriver.tiktok(),
				PlatformDriver.brevo());
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void exportsConsentedUnsuppressedMembersThenOnlyTheChanges(PlatformDriver driver) {
		TestTenant tenant = newTenant();
		String token = token(driver.platform());
		configure(tenant.api(), driver.platform(), driver.credentials().apply(token));
		List<Fan> fans = seed(tenant.api(), tenant.id(), 1, 14);
		this.suppressions.suppress(TenantId.of(tenant.id()), 3, "unsubscribed");
		long segment = staticSegment(tenant.api(), "fans", ids(1, 10));
		long export = export(tenant.api(), driver.platform(), segment, "Fans " + tenant.id());

		JsonNode done = settled(tenant.api(), export);
		assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("completed");
		String audience = done.path("external_audience_id").asString();
		Set<String> expected = expected(driver, fans, Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), Set.of(3L));
		assertThat(driver.audience().apply(audience)).isEqualTo(expected);
		assertThat(done.path("members").path("considered").asLong()).isEqualTo(10);
		assertThat(done.path("members").path("eligible").asLong()).isEqualTo(expected.size());
		assertThat(done.path("members").path("sent").asLong()).isEqualTo(expected.size());
		if (driver.platform().equals("brevo")) {
			assertThat(done.path("warnings").toString()).doesNotContain("before it can be targeted");
		}
		else {
			assertThat(done.path("warnings").toString()).contains("before it can be targeted");
		}
		assertThat(this.fake.violations(token)).isEmpty();

		removeMembers(tenant.api(), segment, List.of(1L, 2L));
		addMembers(tenant.api(), segment, List.of(11L, 12L));
		long itemsBefore = itemsSent(token);
		assertThat(export(tenant.api(), driver.platform(), segment, "ignored")).isEqualTo(export);
		JsonNode delta = settledAfter(tenant.api(), export, 2);
		assertThat(delta.path("status").asString()).as(delta.toString()).isEqualTo("completed");
		Set<String> after = expected(driver, fans, Set.of(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), Set.of(3L));
		assertThat(driver.audience().apply(audience)).isEqualTo(after);
		long entered = expected(driver, fans, Set.of(11L, 12L), Set.of()).size();
		long left = expected(driver, fans, Set.of(1L, 2L), Set.of()).size();
		assertThat(delta.path("members").path("sent").asLong()).isEqualTo(entered);
		assertThat(delta.path("members").path("removed").asLong()).isEqualTo(left);
		assertThat(itemsSent(token) - itemsBefore).isEqualTo(entered + left);
		assertThat(this.fake.violations(token)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void suppressedMembersAlreadyOnTheAudienceAreRemovedByTheNextSync(PlatformDriver driver) {
		TestTenant tenant = newTenant();
		String token = token(driver.platform());
		configure(tenant.api(), driver.platform(), driver.credentials().apply(token));
		List<Fan> fans = seed(tenant.api(), tenant.id(), 1, 6);
		long segment = staticSegment(tenant.api(), "fans", ids(1, 6));
		long export = export(tenant.api(), driver.platform(), segment, "Fans");
		String audience = settled(tenant.api(), export).path("external_audience_id").asString();
		this.suppressions.suppress(TenantId.of(tenant.id()), 2, "erased");
		tenant.api().postJson("/api/audience/exports/" + export + "/sync", "{}");
		assertThat(settledAfter(tenant.api(), export, 2).path("status").asString()).isEqualTo("completed");
		assertThat(driver.audience().apply(audience))
			.isEqualTo(expected(driver, fans, Set.of(1L, 2L, 3L, 4L, 5L, 6L), Set.of(2L)));
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void followsItsSegmentAfterTheSegmentIsRefreshed(PlatformDriver driver) {
		TestTenant tenant = newTenant();
		String token = token(driver.platform());
		configure(tenant.api(), driver.platform(), driver.credentials().apply(token));
		List<Fan> fans = seed(tenant.api(), tenant.id(), 1, 8);
		long segment = staticSegment(tenant.api(), "fans", ids(1, 4));
		long export = export(tenant.api(), driver.platform(), segment, "Fans");
		String audience = settled(tenant.api(), export).path("external_audience_id").asString();
		addMembers(tenant.api(), segment, List.of(6L, 7L, 8L));
		assertThat(this.schedules.syncChangedSegments()).isGreaterThanOrEqualTo(1);
		assertThat(settledAfter(tenant.api(), export, 2).path("status").asString()).isEqualTo("completed");
		assertThat(driver.audience().apply(audience))
			.isEqualTo(expected(driver, fans, Set.of(1L, 2L, 3L, 4L, 6L, 7L, 8L), Set.of()));
	}

	@Test
	void theRequestLogKeepsOnlyTheRetainedDays() {
		TestTenant tenant = newTenant();
		String token = token("meta");
		configure(tenant.api(), "meta", PlatformDriver.meta().credentials().apply(token));
		seed(tenant.api(), tenant.id(), 1, 2);
		long export = export(tenant.api(), "meta", staticSegment(tenant.api(), "fans", ids(1, 2)), "Fans");
		settled(tenant.api(), export);
		long logged = requests(tenant, export);
		assertThat(logged).isPositive();
		this.jdbc.sql("""
				update audience_export_requests set at = at - interval '40 days'
				where tenant_id = :tenant and export_id = :export and id = (select min(id) from audience_export_requests
				    where tenant_id = :tenant and export_id = :export)
				""").param("tenant", tenant.id()).param("export", export).update();

		this.schedules.pruneRequestLog(java.time.Duration.ofDays(30));

		assertThat(requests(tenant, export)).isEqualTo(logged - 1);
	}

	private long requests(TestTenant tenant, long export) {
		return this.jdbc
			.sql("select count(*) from audience_export_requests where tenant_id = :tenant and export_id = :export")
			.param("tenant", tenant.id())
			.param("export", export)
			.query(Long.class)
			.single();
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void refreshesExportsThatExpireSoonByResendingEveryone(PlatformDriver driver) {
		TestTenant tenant = newTenant();
		String token = token(driver.platform());
		configure(tenant.api(), driver.platform(), driver.credentials().apply(token));
		List<Fan> fans = seed(tenant.api(), tenant.id(), 1, 6);
		long segment = staticSegment(tenant.api(), "fans", ids(1, 6));
		long export = export(tenant.api(), driver.platform(), segment, "Fans");
		JsonNode first = settled(tenant.api(), export);
		if (driver.platform().equals("brevo")) {
			assertThat(first.path("expires_at").isNull() || first.path("expires_at").isMissingNode()).isTrue();
			return;
		}
		assertThat(first.path("expires_at").asString()).isNotBlank();
		// Within 1000 days every export of every platform is "expiring".
		assertThat(this.schedules.refreshExpiringExports(1000)).isGreaterThanOrEqualTo(1);
		JsonNode refreshed = settledAfter(tenant.api(), export, 2);
		long eligible = expected(driver, fans, Set.of(1L, 2L, 3L, 4L, 5L, 6L), Set.of()).size();
		assertThat(refreshed.path("status").asString()).isEqualTo("completed");
		assertThat(refreshed.path("members").path("sent").asLong()).isEqualTo(eligible);
		assertThat(refreshed.path("expires_at").asString()).isGreaterThan(first.path("expires_at").asString());
		assertThat(this.fake.violations(token)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void waitsOutRateLimitsAndLosesNothing(PlatformDriver driver) {
		TestTenant tenant = newTenant();
		String token = token(driver.platform());
		configure(tenant.api(), driver.platform(), driver.credentials().apply(token));
		List<Fan> fans = seed(tenant.api(), tenant.id(), 1, 9);
		long segment = staticSegment(tenant.api(), "fans", ids(1, 9));
		this.fake.fail(token, 2, driver.rateLimited());
		long export = export(tenant.api(), driver.platform(), segment, "Fans");
		JsonNode done = settled(tenant.api(), export);
		assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("completed");
		assertThat(driver.audience().apply(done.path("external_audience_id").asString()))
			.isEqualTo(expected(driver, fans, Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), Set.of()));
		JsonNode log = tenant.api().get("/api/audience/exports/" + export + "/requests").body();
		List<JsonNode> retries = stream(log).filter((row) -> row.path("outcome").asString().equals("retry")).toList();
		assertThat(retries).hasSize(2);
		long asked = driver.platform().equals("meta") ? 60_000 : 1_000;
		assertThat(retries).allSatisfy((row) -> assertThat(row.path("retry_after_ms").asLong()).isEqualTo(asked));
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void aServerErrorStormFailsTheSyncAndTheNextSyncCatchesUp(PlatformDriver driver) {
		TestTenant tenant = newTenant();
		String token = token(driver.platform());
		configure(tenant.api(), driver.platform(), driver.credentials().apply(token));
		List<Fan> fans = seed(tenant.api(), tenant.id(), 1, 9);
		long segment = staticSegment(tenant.api(), "fans", ids(1, 9));
		this.fake.fail(token, 4, Reply.json(503, "{}"));
		long export = export(tenant.api(), driver.platform(), segment, "Fans");
		JsonNode failed = settled(tenant.api(), export);
		assertThat(failed.path("status").asString()).isEqualTo("failed");
		assertThat(failed.path("error").asString()).contains("unavailable").contains("4 attempts");
		tenant.api().postJson("/api/audience/exports/" + export + "/sync", "{}");
		JsonNode recovered = settledAfter(tenant.api(), export, 2);
		assertThat(recovered.path("status").asString()).as(recovered.toString()).isEqualTo("completed");
		assertThat(driver.audience().apply(recovered.path("external_audience_id").asString()))
			.isEqualTo(expected(driver, fans, Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), Set.of()));
		assertThat(this.fake.violations(token)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void refusedCredentialsAreMarkedInvalidOnTheExportAndThePlatformList(PlatformDriver driver) {
		TestTenant tenant = newTenant();
		String token = token(driver.platform());
		configure(tenant.api(), driver.platform(), driver.badCredentials().formatted(token));
		seed(tenant.api(), tenant.id(), 1, 3);
		long segment = staticSegment(tenant.api(), "fans", ids(1, 3));
		long export = export(tenant.api(), driver.platform(), segment, "Fans");
		JsonNode failed = settled(tenant.api(), export);
		assertThat(failed.path("status").asString()).isEqualTo("failed");
		assertThat(failed.path("credentials_invalid").asString()).isNotBlank();
		JsonNode platform = stream(tenant.api().get("/api/audience/exports/platforms").body())
			.filter((row) -> row.path("platform").asString().equals(driver.platform()))
			.findFirst()
			.orElseThrow();
		assertThat(platform.path("credentials_status").asString()).isEqualTo("invalid");
		assertThat(platform.path("credentials_error").asString()).isEqualTo(failed.path("error").asString());

		configure(tenant.api(), driver.platform(), driver.credentials().apply(token));
		tenant.api().postJson("/api/audience/exports/" + export + "/sync", "{}");
		assertThat(settledAfter(tenant.api(), export, 2).path("status").asString()).isEqualTo("completed");
		assertThat(tenant.api()
			.get("/api/audience/settings/platforms/" + driver.platform())
			.body()
			.path("status")
			.asString()).isEqualTo("valid");
	}

	@ParameterizedTest
	@MethodSource("platforms")
	void resumesAfterACrashWithTheNextBatchAndNeverResendsAnAcknowledgedOne(PlatformDriver driver) {
		TestTenant tenant = newTenant();
		TenantId id = TenantId.of(tenant.id());
		String token = token(driver.platform());
		configure(tenant.api(), driver.platform(), driver.credentials().apply(token));
		List<Fan> fans = seed(tenant.api(), tenant.id(), 1, 30);
		long segment = staticSegment(tenant.api(), "fans", ids(1, 30));
		Platform platform = this.platforms.require(driver.platform());
		long export = this.repository.insert(id, platform, segment, "Crash test");
		AtomicInteger checkpoints = new AtomicInteger();
		assertThatThrownBy(() -> this.runner.run(id, export, false, (checkpoint) -> {
			if (checkpoints.incrementAndGet() == 2) {
				throw new IllegalStateException("simulated crash after batch 2 was acknowledged");
			}
		})).hasMessageContaining("simulated crash");
		assertThat(this.repository.find(id, export).orElseThrow().status()).isEqualTo("running");
		long sentBeforeCrash = itemsSent(token);
		assertThat(sentBeforeCrash).isEqualTo(2 * BATCH);

		this.runner.run(id, export, false, (checkpoint) -> {
		});
		Export done = this.repository.find(id, export).orElseThrow();
		assertThat(done.status()).isEqualTo("completed");
		Set<String> expected = expected(driver, fans, LongStream.rangeClosed(1, 30).boxed().collect(Collectors.toSet()),
				Set.of());
		assertThat(driver.audience().apply(done.externalId())).isEqualTo(expected);
		assertThat(itemsSent(token)).isEqualTo(expected.size());
		assertThat(this.fake.violations(token)).isEmpty();
		if (driver.platform().equals("meta")) {
			List<Long> sessions = this.fake.meta.batches(token)
				.stream()
				.map((batch) -> batch.session())
				.distinct()
				.toList();
			assertThat(sessions).hasSize(1);
			assertThat(this.fake.meta.batches(token).stream().map((batch) -> batch.seq()).toList()).isEqualTo(
					java.util.stream.IntStream.rangeClosed(1, this.fake.meta.batches(token).size()).boxed().toList());
			assertThat(this.fake.meta.batches(token).get(this.fake.meta.batches(token).size() - 1).last()).isTrue();
		}
	}

	/** Members sent in add and remove requests that the fake accepted. */
	private long itemsSent(String token) {
		Predicate<String> carriesMembers = (path) -> path.endsWith("/users") || path.endsWith(":ingest")
				|| path.endsWith(":remove") || path.endsWith("/file/upload/") || path.endsWith("/contacts/import")
				|| path.endsWith("/contacts/remove") || path.endsWith(":addOperations");
		return this.fake.requests(token)
			.stream()
			.filter((request) -> request.status() < 300 && carriesMembers.test(request.request().path()))
			.mapToLong((request) -> members(request.request().text(), request.request().path()))
			.sum();
	}

	private static long members(String body, String path) {
		if (path.endsWith("/file/upload/")) {
			return body.lines().filter((line) -> line.matches("[0-9a-f]{64},([0-9a-f]{64})?|,[0-9a-f]{64}")).count();
		}
		if (path.endsWith("/users")) {
			return countOccurrences(java.net.URLDecoder.decode(body, java.nio.charset.StandardCharsets.UTF_8), "],[")
					+ 1;
		}
		if (path.endsWith(":ingest") || path.endsWith(":remove")) {
			return countOccurrences(body, "\"userData\"");
		}
		if (path.endsWith(":addOperations")) {
			return countOccurrences(body, "\"userIdentifiers\"");
		}
		if (path.endsWith("/contacts/remove")) {
			return countOccurrences(body, "@");
		}
		return countOccurrences(body, "\"email\":\"");
	}

	private static long countOccurrences(String text, String part) {
		long count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	/** The keys the fake must hold for these customers, by the platform's consent. */
	private static Set<String> expected(PlatformDriver driver, List<Fan> fans, Set<Long> members,
			Set<Long> suppressed) {
		return fans.stream()
			.filter((fan) -> members.contains(fan.id()) && !suppressed.contains(fan.id()))
			.filter((fan) -> driver.consent().equals("ads_consent") ? fan.id() % 5 != 0 : fan.id() % 7 != 0)
			.map(driver.key())
			.collect(Collectors.toSet());
	}

	private static List<Long> ids(long from, long to) {
		return LongStream.rangeClosed(from, to).boxed().toList();
	}

	private static Stream<JsonNode> stream(JsonNode array) {
		List<JsonNode> items = new java.util.ArrayList<>();
		array.forEach(items::add);
		return items.stream();
	}

}
