package com.fanbase.ingestion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.fanbase.testing.ApiTestSupport;
import com.fanbase.testing.IntegrationTest;
import com.fanbase.tenants.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EventListTests extends ApiTestSupport {

	@Autowired
	CoreRecords records;

	@Test
	void listsUpcomingEventsSoonestFirstThenPastOnesLatestFirstAndSearchesNames() {
		TestTenant tenant = newTenant();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String rows = String.join("\n", event(1, "Long ago", now.minus(300, ChronoUnit.DAYS)),
				event(2, "Last week", now.minus(7, ChronoUnit.DAYS)),
				event(3, "Next year 100% Rock", now.plus(365, ChronoUnit.DAYS)),
				event(4, "Tomorrow rock", now.plus(1, ChronoUnit.DAYS)));
		var response = tenant.api().post("/api/audience/ingest/events", "application/x-ndjson", rows);
		assertThat(response.status()).as(response.text()).isLessThan(300);
		assertThat(response.body().path("rejected").asLong()).as(response.text()).isZero();
		TenantId id = new TenantId(tenant.id());

		assertThat(ids(this.records.eventsByDate(id, null, 0, 10))).containsExactly(4L, 3L, 2L, 1L);
		assertThat(ids(this.records.eventsByDate(id, "", 1, 2))).containsExactly(3L, 2L);
		assertThat(ids(this.records.eventsByDate(id, " ROCK ", 0, 10))).containsExactly(4L, 3L);
		assertThat(ids(this.records.eventsByDate(id, "100%", 0, 10))).containsExactly(3L);
		assertThat(ids(this.records.eventsByDate(id, "%", 0, 10))).containsExactly(3L);
		assertThat(ids(this.records.eventsByDate(id, "_", 0, 10))).isEmpty();
		assertThat(ids(this.records.eventsByDate(new TenantId(newTenant().id()), null, 0, 10))).isEmpty();
	}

	private static List<Long> ids(List<Map<String, Object>> events) {
		return events.stream().map((event) -> ((Number) event.get("id")).longValue()).toList();
	}

	private static String event(long id, String name, Instant startsAt) {
		return "{\"id\": %d, \"name\": \"%s\", \"event_type\": \"concert\", \"starts_at\": \"%s\"}".formatted(id, name,
				startsAt);
	}

}
