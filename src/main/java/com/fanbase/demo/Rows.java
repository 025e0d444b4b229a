package com.fanbase.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The published shape of event, order and activity rows: field names and order. */
final class Rows {

	static final String CURRENCY = "EUR";

	private Rows() {
	}

	static Map<String, Object> event(Event event) {
		List<String> genres = new ArrayList<>(event.genres().size());
		for (Genre genre : event.genres()) {
			genres.add(genre.code());
		}
		List<String> artists = new ArrayList<>(event.acts().size());
		for (Act act : event.acts()) {
			artists.add(act.name());
		}
		Map<String, Object> row = LinkedHashMap.newLinkedHashMap(13);
		row.put("id", event.id());
		row.put("name", event.name());
		row.put("event_type", event.type().code());
		row.put("genres", List.copyOf(genres));
		row.put("artists", List.copyOf(artists));
		row.put("venue_name", event.venue().name());
		row.put("city", event.city().name());
		row.put("country", event.city().country().code());
		row.put("starts_at", IsoTime.instant(event.startsAt()));
		row.put("min_price_cents", event.minPriceCents());
		row.put("max_price_cents", event.maxPriceCents());
		row.put("currency", CURRENCY);
		row.put("status", event.status().code());
		return row;
	}

	static Map<String, Object> order(long id, long customerId, long eventId, CustomerOrders orders, int i) {
		Map<String, Object> row = LinkedHashMap.newLinkedHashMap(8);
		row.put("id", id);
		row.put("customer_id", customerId);
		row.put("event_id", eventId);
		row.put("total_cents", orders.totalCents(i));
		row.put("currency", CURRENCY);
		row.put("tickets", orders.tickets(i));
		row.put("status", orders.status(i));
		row.put("placed_at", IsoTime.instant(orders.placedAt(i)));
		return row;
	}

	/** Activities not about an event have no {@code event_id} key at all. */
	static Map<String, Object> activity(long id, long customerId, List<Event> events, ActivityBuffer activities,
			int i) {
		ActivityType type = activities.type(i);
		Map<String, Object> row = LinkedHashMap.newLinkedHashMap(5);
		row.put("id", id);
		row.put("customer_id", customerId);
		row.put("type", type.code());
		if (type.aboutEvent()) {
			row.put("event_id", events.get(activities.eventPosition(i)).id());
		}
		row.put("occurred_at", IsoTime.instant(activities.time(i)));
		return row;
	}

}
