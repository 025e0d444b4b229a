package com.fanbase.matching;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fanbase.ingestion.Ingestor;
import com.fanbase.ingestion.RecordKind;
import com.fanbase.tenants.TenantId;

/**
 * The demo generator's files (events, customers, orders, activities as NDJSON) replayed:
 * the cutoff leaves the given share of paid orders after it; held-out events are those
 * whose first paid order comes after the cutoff, with at least {@code minBuyers} buyers.
 */
final class DemoReplay {

	private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|-?\\d+)");

	private DemoReplay() {
	}

	static Replay load(Path dir, Ingestor ingestor, TenantId tenant, double heldOutShare, int minBuyers)
			throws IOException {
		List<Order> orders = paidOrders(dir.resolve("orders.ndjson"));
		long[] times = orders.stream().mapToLong(Order::placedAt).sorted().toArray();
		long cutoff = times[(int) (times.length * (1 - heldOutShare))];
		Map<Long, Long> firstSale = new HashMap<>();
		Map<Long, Set<Long>> buyers = new HashMap<>();
		for (Order order : orders) {
			firstSale.merge(order.event(), order.placedAt(), Math::min);
			buyers.computeIfAbsent(order.event(), (e) -> new HashSet<>()).add(order.customer());
		}
		buyers.keySet().removeIf((event) -> firstSale.get(event) < cutoff || buyers.get(event).size() < minBuyers);
		Replay.ingest(ingestor, tenant, RecordKind.EVENTS, dir.resolve("events.ndjson"));
		Replay.ingest(ingestor, tenant, RecordKind.CUSTOMERS, dir.resolve("customers.ndjson"));
		Replay.ingest(ingestor, tenant, RecordKind.ORDERS, before(dir.resolve("orders.ndjson"), "placed_at", cutoff));
		Replay.ingest(ingestor, tenant, RecordKind.ACTIVITIES,
				before(dir.resolve("activities.ndjson"), "occurred_at", cutoff));
		long customers;
		try (var lines = Files.lines(dir.resolve("customers.ndjson"))) {
			customers = lines.count();
		}
		return new Replay("demo " + dir.getFileName(), tenant, Instant.ofEpochSecond(cutoff), customers, buyers);
	}

	record Order(long customer, long event, long placedAt) {
	}

	private static List<Order> paidOrders(Path file) throws IOException {
		List<Order> orders = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				Map<String, String> fields = fields(line);
				if ("paid".equals(fields.get("status"))) {
					orders.add(new Order(Long.parseLong(fields.get("customer_id")),
							Long.parseLong(fields.get("event_id")), epoch(fields.get("placed_at"))));
				}
			}
		}
		return orders;
	}

	/**
	 * The lines of an NDJSON file whose time field is before the cutoff, in a temp file.
	 */
	private static Path before(Path file, String timeField, long cutoff) throws IOException {
		Path filtered = Files.createTempFile("replay-", ".ndjson");
		filtered.toFile().deleteOnExit();
		Predicate<String> keep = (line) -> epoch(fields(line).get(timeField)) < cutoff;
		try (BufferedReader reader = Files.newBufferedReader(file);
				BufferedWriter writer = Files.newBufferedWriter(filtered)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && keep.test(line)) {
					writer.write(line);
					writer.newLine();
				}
			}
		}
		return filtered;
	}

	private static Map<String, String> fields(String line) {
		Map<String, String> fields = new HashMap<>();
		Matcher matcher = FIELD.matcher(line);
		while (matcher.find()) {
			fields.put(matcher.group(1), matcher.group(2).replace("\"", ""));
		}
		return fields;
	}

	private static long epoch(String iso) {
		return Instant.parse(iso).getEpochSecond();
	}

}
