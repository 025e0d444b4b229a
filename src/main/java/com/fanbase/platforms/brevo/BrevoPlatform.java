package com.fanbase.platforms.brevo;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.fanbase.platforms.AudiencePlatform;
import com.fanbase.platforms.Batch;
import com.fanbase.platforms.BatchLimits;
import com.fanbase.platforms.Contact;
import com.fanbase.platforms.CredentialSpec;
import com.fanbase.platforms.Direction;
import com.fanbase.platforms.Member;
import com.fanbase.platforms.Outcome;
import com.fanbase.platforms.Platform;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformReply;
import com.fanbase.platforms.PlatformRequest;
import com.fanbase.platforms.UploadSession;

/**
 * Brevo contact lists: a list in the tenant's folder (or the one "Fanbase" folder),
 * contacts imported into it with their first and last names ({@code /contacts/import},
 * {@code updateExistingContacts}) and removed 150 at a time. Plain emails, no hashing: an
 * email platform needs the address.
 */
@Component
@Order(40)
@EnableConfigurationProperties(BrevoProperties.class)
class BrevoPlatform implements AudiencePlatform {

	/** What Fanbase assumes about the platform (platforms.md). */
	static final Platform BREVO = new Platform("brevo", "Brevo", Platform.Kind.EMAIL, 0, 0, "email_consent");

	static final int REMOVE_LIMIT = 150;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final BrevoProperties config;

	private final BrevoLists lists;

	BrevoPlatform(BrevoProperties properties, BrevoLists lists) {
		this.config = properties;
		this.lists = lists;
	}

	@Override
	public Platform platform() {
		return BREVO;
	}

	@Override
	public CredentialSpec credentialSpec() {
		return new CredentialSpec(Set.of("api_key"), Set.of("folder_id"), Set.of("api_key"));
	}

	@Override
	public BatchLimits limits() {
		return new BatchLimits(this.config.importBatchSize(), REMOVE_LIMIT);
	}

	@Override
	public Member encode(Contact contact) {
		String email = (contact.email() != null) ? contact.email().strip().toLowerCase() : null;
		boolean valid = email != null && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
		return new Member(contact.customerId(), valid ? email : null, null, contact.firstName(), contact.lastName());
	}

	@Override
	public String createAudience(PlatformContext context, String name) {
		return String.valueOf(this.lists.create(context, "create_audience", name));
	}

	@Override
	public UploadSession open(PlatformContext context, Direction direction, String audienceId, String name,
			String resumeState) {
		return new UploadSession() {

			@Override
			public long send(Batch batch) {
				return (direction == Direction.ADD) ? importContacts(context, audienceId, batch)
						: removeContacts(context, audienceId, batch);
			}

			@Override
			public String audienceId() {
				return audienceId;
			}

			@Override
			public String state() {
				return null;
			}

		};
	}

	private long importContacts(PlatformContext context, String listId, Batch batch) {
		List<Map<String, Object>> contacts = new ArrayList<>(batch.size());
		for (Member member : batch.members()) {
			Map<String, Object> attributes = new LinkedHashMap<>();
			if (member.firstName() != null) {
				attributes.put("FIRSTNAME", member.firstName());
			}
			if (member.lastName() != null) {
				attributes.put("LASTNAME", member.lastName());
			}
			contacts.add(Map.of("email", member.emailKey(), "attributes", attributes));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("jsonBody", contacts);
		body.put("listIds", List.of(Long.parseLong(listId)));
		body.put("updateExistingContacts", true);
		body.put("emptyContactsAttributes", false);
		body.put("emailBlacklist", false);
		body.put("smsBlacklist", false);
		body.put("disableNotification", true);
		post(context, "add", "/contacts/import", body, batch.size());
		return 0;
	}

	private long removeContacts(PlatformContext context, String listId, Batch batch) {
		List<String> emails = batch.members().stream().map(Member::emailKey).toList();
		JsonNode reply = post(context, "remove", "/contacts/lists/" + listId + "/contacts/remove",
				Map.of("emails", emails), batch.size());
		return reply.path("contacts").path("failure").size();
	}

	@Override
	public Map<String, Object> figures(PlatformContext context, String audienceId) {
		JsonNode list = BrevoHttp.call(context,
				PlatformRequest.of("figures", HttpMethod.GET, uri("/contacts/lists/" + audienceId)));
		Map<String, Object> figures = new LinkedHashMap<>();
		if (list.has("uniqueSubscribers")) {
			figures.put("unique_subscribers", list.path("uniqueSubscribers").asLong());
		}
		if (list.has("totalSubscribers")) {
			figures.put("total_subscribers", list.path("totalSubscribers").asLong());
		}
		return figures;
	}

	@Override
	public void deleteAudience(PlatformContext context, String audienceId) {
		BrevoHttp.call(context,
				PlatformRequest.of("delete_audience", HttpMethod.DELETE, uri("/contacts/lists/" + audienceId)));
	}

	/**
	 * Brevo sends no {@code Retry-After}; a 429 carries {@code x-sib-ratelimit-reset},
	 * the seconds until the window resets.
	 */
	@Override
	public Outcome classify(PlatformReply reply) {
		if (reply.isSuccess()) {
			return new Outcome.Success();
		}
		String message = "Brevo: " + message(reply) + " (HTTP " + reply.status() + ")";
		if (reply.status() == 429 || reply.status() >= 500) {
			Duration asked = Outcome.retryAfter(reply);
			String reset = reply.headers().getFirst("x-sib-ratelimit-reset");
			if (asked == null && reset != null && reset.strip().matches("[0-9]+")) {
				asked = Duration.ofSeconds(Long.parseLong(reset.strip()));
			}
			return new Outcome.Retry(asked, message);
		}
		if (reply.status() == 401) {
			return new Outcome.InvalidCredentials(message);
		}
		return new Outcome.Rejected(message);
	}

	private static String message(PlatformReply reply) {
		try {
			return json.readTree(reply.body()).path("message").asString("");
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	private JsonNode post(PlatformContext context, String operation, String path, Object body, int items) {
		return BrevoHttp.call(context, PlatformRequest.of(operation, HttpMethod.POST, uri(path))
			.body(MediaType.APPLICATION_JSON, json.writeValueAsString(body), items));
	}

	private URI uri(String path) {
		return URI.create(this.config.baseUrl() + path);
	}

}
