package com.fanbase.platforms.brevo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.fanbase.web.InvalidRequestException;

/**
 * Reads Brevo's marketing webhook bodies: one event object or an array of them (batched
 * webhooks). Event names are taken in the documented and the secondary spellings; the
 * time is {@code ts_event} (UTC seconds), else {@code ts}. Events we do not track, and
 * objects without a campaign, email or time, are skipped and counted.
 */
public final class BrevoEvents {

	static final Map<String, String> KINDS = Map.ofEntries(Map.entry("delivered", "delivered"),
			Map.entry("opened", "opened"), Map.entry("unique_opened", "opened"), Map.entry("uniqueopened", "opened"),
			Map.entry("click", "clicked"), Map.entry("clicked", "clicked"), Map.entry("hardbounce", "hard_bounce"),
			Map.entry("hard_bounce", "hard_bounce"), Map.entry("softbounce", "soft_bounce"),
			Map.entry("soft_bounce", "soft_bounce"), Map.entry("unsubscribed", "unsubscribed"),
			Map.entry("unsubscribe", "unsubscribed"), Map.entry("spam", "spam"));

	private static final JsonMapper json = JsonMapper.builder().build();

	private final List<String> prefetcherAgents;

	public BrevoEvents(List<String> prefetcherAgents) {
		this.prefetcherAgents = prefetcherAgents.stream().map((agent) -> agent.toLowerCase(Locale.ROOT)).toList();
	}

	/** The events we track, and how many objects were skipped. */
	public Parsed parse(String body) {
		JsonNode root;
		try {
			root = json.readTree((body == null) ? "" : body);
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException("", "must be a Brevo webhook event object or an array of them");
		}
		if (root == null || !(root.isObject() || root.isArray())) {
			throw new InvalidRequestException("", "must be a Brevo webhook event object or an array of them");
		}
		List<EmailEvent> events = new ArrayList<>();
		int skipped = 0;
		Iterable<JsonNode> nodes = root.isArray() ? root : List.of(root);
		for (JsonNode node : nodes) {
			EmailEvent event = event(node);
			if (event == null) {
				skipped++;
			}
			else {
				events.add(event);
			}
		}
		return new Parsed(events, skipped);
	}

	private EmailEvent event(JsonNode node) {
		String kind = KINDS.get(node.path("event").asString("").strip().toLowerCase(Locale.ROOT));
		long campaign = number(node.path("camp_id"));
		String email = node.path("email").asString("").strip();
		long seconds = number(node.path("ts_event"));
		if (seconds <= 0) {
			seconds = number(node.path("ts"));
		}
		if (kind == null || campaign <= 0 || email.isEmpty() || seconds <= 0) {
			return null;
		}
		return new EmailEvent(kind, campaign, email, Instant.ofEpochSecond(seconds), prefetched(node));
	}

	private boolean prefetched(JsonNode node) {
		String agent = node.path("user_agent").asString(node.path("userAgent").asString(""));
		String lower = agent.toLowerCase(Locale.ROOT);
		return !lower.isEmpty() && this.prefetcherAgents.stream().anyMatch(lower::contains);
	}

	/** A number or a string of digits; 0 otherwise. */
	private static long number(JsonNode node) {
		if (node.isIntegralNumber()) {
			return node.asLong();
		}
		String text = node.isString() ? node.asString().strip() : "";
		return text.matches("[0-9]{1,18}") ? Long.parseLong(text) : 0;
	}

	public record Parsed(List<EmailEvent> events, int skipped) {
	}

}
