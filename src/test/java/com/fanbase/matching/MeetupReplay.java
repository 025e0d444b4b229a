package com.fanbase.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fanbase.ingestion.Ingestor;
import com.fanbase.ingestion.RecordKind;
import com.fanbase.tenants.TenantId;

/**
 * Real Meetup RSVPs of one city replayed as ticketing: members are customers, events are
 * events, the group stands in for the artist, the day and period ("sunday_evening") for
 * the event type, a 0.1° grid cell of the member's home and of the venue for the city
 * (all in the US), a "yes" RSVP is a purchase and "watching" a watchlist add. The data
 * has no genres and no prices, so those factors never score. The cutoff leaves the given
 * share of "yes" RSVPs after it; held-out events are those whose first RSVP comes after
 * it.
 */
final class MeetupReplay {

	private MeetupReplay() {
	}

	record Rsvp(long member, String event, long at, String response) {
	}

	record Event(long id, long startsAt, String group, String cell, String type) {
	}

	static Replay load(Path dir, String city, Ingestor ingestor, TenantId tenant, double heldOutShare)
			throws IOException {
		Map<Long, String> members = new LinkedHashMap<>();
		Map<String, Event> events = new LinkedHashMap<>();
		List<Rsvp> rsvps = new ArrayList<>();
		for (Path file : files(dir, city)) {
			read(file, members, events, rsvps);
		}
		long[] yes = rsvps.stream().filter((r) -> r.response().equals("yes")).mapToLong(Rsvp::at).sorted().toArray();
		long cutoff = yes[(int) (yes.length * (1 - heldOutShare))];
		Map<String, Long> firstRsvp = new HashMap<>();
		rsvps.forEach((r) -> firstRsvp.merge(r.event(), r.at(), Math::min));
		Map<Long, Set<Long>> buyers = new HashMap<>();
		StringBuilder orders = new StringBuilder();
		StringBuilder watching = new StringBuilder();
		long orderId = 0;
		for (Rsvp rsvp : rsvps) {
			long event = events.get(rsvp.event()).id();
			if (rsvp.at() < cutoff && rsvp.response().equals("yes")) {
				orders.append(
						"{\"id\":%d,\"customer_id\":%d,\"event_id\":%d,\"total_cents\":0,\"tickets\":1,\"status\":\"paid\",\"placed_at\":\"%s\"}\n"
							.formatted(++orderId, rsvp.member(), event, Instant.ofEpochMilli(rsvp.at())));
			}
			else if (rsvp.at() < cutoff && rsvp.response().equals("watching")) {
				watching
					.append("{\"customer_id\":%d,\"type\":\"watchlist_add\",\"event_id\":%d,\"occurred_at\":\"%s\"}\n"
						.formatted(rsvp.member(), event, Instant.ofEpochMilli(rsvp.at())));
			}
			else if (firstRsvp.get(rsvp.event()) >= cutoff && rsvp.response().equals("yes")) {
				buyers.computeIfAbsent(event, (e) -> new HashSet<>()).add(rsvp.member());
			}
		}
		StringBuilder customers = new StringBuilder();
		members.forEach((id, cell) -> customers
			.append("{\"id\":%d,\"city\":%s,\"country\":\"US\"}\n".formatted(id, quoted(cell))));
		StringBuilder eventRows = new StringBuilder();
		for (Event event : events.values()) {
			eventRows.append(("{\"id\":%d,\"name\":\"Meetup %d\",\"event_type\":\"%s\",\"artists\":[\"group %s\"],"
					+ "\"city\":%s,\"country\":\"US\",\"starts_at\":\"%s\",\"status\":\"completed\"}\n")
				.formatted(event.id(), event.id(), event.type(), event.group(), quoted(event.cell()),
						Instant.ofEpochMilli(event.startsAt())));
		}
		Replay.ingest(ingestor, tenant, RecordKind.EVENTS, eventRows.toString());
		Replay.ingest(ingestor, tenant, RecordKind.CUSTOMERS, customers.toString());
		Replay.ingest(ingestor, tenant, RecordKind.ORDERS, orders.toString());
		Replay.ingest(ingestor, tenant, RecordKind.ACTIVITIES, watching.toString());
		return new Replay("meetup " + city, tenant, Instant.ofEpochMilli(cutoff), members.size(), buyers);
	}

	private static List<Path> files(Path dir, String city) {
		if (city.equals("chicago")) {
			return List.of(dir.resolve("rsvp_chicago.csv"));
		}
		return List.of(dir.resolve("rsvp_" + city + "_train.csv"), dir.resolve("rsvp_" + city + "_cv.csv"),
				dir.resolve("rsvp_" + city + "_test.csv"));
	}

	private static void read(Path file, Map<Long, String> members, Map<String, Event> events, List<Rsvp> rsvps)
			throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(file)) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] f = line.split(",", -1);
				long member = Long.parseLong(f[0]);
				members.putIfAbsent(member, cell(f[1], f[2]));
				events.computeIfAbsent(f[3], (id) -> new Event(events.size() + 1L, Long.parseLong(f[4]), f[6],
						cell(f[8], f[9]), (f[13] + "_" + f[14]).toLowerCase(Locale.ROOT)));
				rsvps.add(new Rsvp(member, f[3], Long.parseLong(f[10]), f[11]));
			}
		}
	}

	private static String quoted(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

	/** A 0.1° grid cell, about 11 km by 8 km at these latitudes. */
	private static String cell(String lat, String lon) {
		if (lat.isBlank() || lon.isBlank()) {
			return null;
		}
		return String.format(Locale.ROOT, "%.1f %.1f", Math.floor(Double.parseDouble(lat) * 10) / 10,
				Math.floor(Double.parseDouble(lon) * 10) / 10);
	}

}
