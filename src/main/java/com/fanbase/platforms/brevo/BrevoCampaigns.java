package com.fanbase.platforms.brevo;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.fanbase.jobs.JobInterruptedException;
import com.fanbase.platforms.Platform;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformException;
import com.fanbase.platforms.PlatformRequest;
import com.fanbase.platforms.Platforms;
import com.fanbase.tenants.TenantId;

/**
 * The Brevo calls of an email launch (platforms.md §4.3–4.4): a list in the tenant's
 * folder, contacts imported into it (and the import awaited), an email campaign on the
 * list, sent now. Calls go through the retrying platform client, which honours Brevo's
 * {@code x-sib-ratelimit-reset} on 429.
 */
@Component
public class BrevoCampaigns {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Platforms platforms;

	private final String baseUrl;

	private final BrevoLists lists;

	BrevoCampaigns(Platforms platforms, BrevoProperties properties, BrevoLists lists) {
		this.platforms = platforms;
		this.lists = lists;
		this.baseUrl = properties.baseUrl();
	}

	/** The email campaign to make: its content, and the tag that marks it as ours. */
	public record Draft(String name, String senderName, String senderEmail, String subject, String htmlContent,
			String tag) {
	}

	/** Brevo, as the registry knows it. */
	public static Platform platform() {
		return BrevoPlatform.BREVO;
	}

	public PlatformContext context(TenantId tenant) {
		return this.platforms.context(tenant, BrevoPlatform.BREVO);
	}

	public long createList(PlatformContext context, String name) {
		return this.lists.create(context, "create_list", name);
	}

	/** Imports a chunk of contacts into the list; answers Brevo's process id. */
	public long importContacts(PlatformContext context, long listId, String contactsJson, int count) {
		String body = "{\"jsonBody\":" + contactsJson + ",\"listIds\":[" + listId
				+ "],\"updateExistingContacts\":true,\"emptyContactsAttributes\":false,\"emailBlacklist\":false,"
				+ "\"smsBlacklist\":false,\"disableNotification\":true}";
		JsonNode reply = BrevoHttp.call(context, PlatformRequest.of("import", HttpMethod.POST, uri("/contacts/import"))
			.body(MediaType.APPLICATION_JSON, body, count));
		return reply.path("processId").asLong();
	}

	/**
	 * Waits, with growing pauses from {@code poll}, until Brevo has processed an import
	 * or {@code timeout} has passed: a campaign sent before would go to part of the list.
	 */
	public void awaitImport(PlatformContext context, long processId, Duration poll, Duration timeout) {
		Duration pause = poll;
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			String status = BrevoHttp
				.call(context, PlatformRequest.of("import_status", HttpMethod.GET, uri("/processes/" + processId)))
				.path("status")
				.asString("");
			if (status.equals("completed")) {
				return;
			}
			if (status.equals("failed") || status.equals("cancelled")) {
				throw new PlatformException(PlatformException.Kind.REJECTED,
						"Brevo: the contact import " + processId + " " + status);
			}
			if (System.nanoTime() > deadline) {
				throw new PlatformException(PlatformException.Kind.UNAVAILABLE,
						"Brevo: the contact import " + processId + " was not processed in time");
			}
			sleep(pause);
			pause = pause.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1)
					: pause.multipliedBy(2);
		}
	}

	public long createCampaign(PlatformContext context, Draft draft, long listId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", draft.name());
		body.put("sender", Map.of("name", draft.senderName(), "email", draft.senderEmail()));
		body.put("subject", draft.subject());
		body.put("htmlContent", draft.htmlContent());
		body.put("recipients", Map.of("listIds", List.of(listId)));
		body.put("tag", draft.tag());
		return post(context, "create_campaign", "/emailCampaigns", body, 0).path("id").asLong();
	}

	/**
	 * The id of the unsent campaign with this tag, among the newest draft campaigns
	 * ({@code GET /emailCampaigns}), if there is one.
	 */
	public Optional<Long> findByTag(PlatformContext context, String tag) {
		JsonNode reply = BrevoHttp.call(context, PlatformRequest.of("find_campaign", HttpMethod.GET,
				uri("/emailCampaigns?status=draft&limit=100&offset=0&sort=desc&excludeHtmlContent=true")));
		for (JsonNode campaign : reply.path("campaigns")) {
			if (tag.equals(campaign.path("tag").asString(""))) {
				return Optional.of(campaign.path("id").asLong());
			}
		}
		return Optional.empty();
	}

	public void sendNow(PlatformContext context, long brevoCampaignId) {
		BrevoHttp.call(context, PlatformRequest.of("send_now", HttpMethod.POST,
				uri("/emailCampaigns/" + brevoCampaignId + "/sendNow")));
	}

	private JsonNode post(PlatformContext context, String operation, String path, Object body, int items) {
		return BrevoHttp.call(context, PlatformRequest.of(operation, HttpMethod.POST, uri(path))
			.body(MediaType.APPLICATION_JSON, json.writeValueAsString(body), items));
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException ex) {
			throw new JobInterruptedException("Interrupted while awaiting an import", ex);
		}
	}

}
