package com.fanbase.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DemoFilesTests {

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	static final DemoScale SCALE = new DemoScale(300, 60, 2_000, 11);

	static final List<String> FILES = List.of("events.ndjson", "customers.ndjson", "orders.ndjson", "activities.ndjson",
			"orders.csv");

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void writesEveryRowAsOneJsonObjectPerLine(@TempDir Path dir) throws IOException {
		TicketingDataGenerator generator = new TicketingDataGenerator(SCALE, NOW);
		DemoFiles.write(generator, dir);
		assertRoundTrip(dir.resolve("events.ndjson"), GeneratedWorld.collect(generator::events));
		assertRoundTrip(dir.resolve("customers.ndjson"), GeneratedWorld.collect(generator::customers));
		assertRoundTrip(dir.resolve("orders.ndjson"), GeneratedWorld.collect(generator::orders));
		assertRoundTrip(dir.resolve("activities.ndjson"), GeneratedWorld.collect(generator::activities));
	}

	@Test
	void writesTheSameOrdersAsCsvWithAHeader(@TempDir Path dir) throws IOException {
		TicketingDataGenerator generator = new TicketingDataGenerator(SCALE, NOW);
		DemoFiles.write(generator, dir);
		List<String> lines = Files.readAllLines(dir.resolve("orders.csv"), StandardCharsets.UTF_8);
		List<Map<String, Object>> orders = GeneratedWorld.collect(generator::orders);
		assertThat(lines.get(0)).isEqualTo("id,customer_id,event_id,total_cents,currency,tickets,status,placed_at");
		assertThat(lines).hasSize(orders.size() + 1);
		for (int i = 0; i < orders.size(); i++) {
			String expected = String.join(",", orders.get(i).values().stream().map(String::valueOf).toList());
			assertThat(lines.get(i + 1)).isEqualTo(expected);
		}
	}

	@Test
	void writesByteIdenticalFilesForTheSameScaleAndNow(@TempDir Path first, @TempDir Path second) throws IOException {
		DemoFiles.write(new TicketingDataGenerator(SCALE, NOW), first);
		DemoFiles.write(new TicketingDataGenerator(SCALE, NOW), second);
		for (String file : FILES) {
			assertThat(Files.readAllBytes(first.resolve(file))).as(file)
				.isNotEmpty()
				.isEqualTo(Files.readAllBytes(second.resolve(file)));
		}
	}

	private void assertRoundTrip(Path file, List<Map<String, Object>> rows) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(text).endsWith("\n").doesNotContain("\n\n");
		List<String> lines = text.lines().toList();
		assertThat(lines).hasSize(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			@SuppressWarnings("unchecked")
			Map<String, Object> parsed = this.json.readValue(lines.get(i), Map.class);
			Map<String, Object> row = rows.get(i);
			assertThat(parsed.keySet()).containsExactlyElementsOf(row.keySet());
			for (String field : row.keySet()) {
				// Jackson reads small numbers back as Integer; compare the text.
				assertThat(String.valueOf(parsed.get(field))).as(field).isEqualTo(String.valueOf(row.get(field)));
			}
		}
	}

}
