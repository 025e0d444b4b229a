package com.fanbase.campaigns.stats;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * The tenant's Brevo webhook: where Brevo posts delivery events, and the secret that
 * authenticates them. The secret is shown only when issued; issuing again rotates it.
 */
@Component
public class CampaignWebhooks {

	/**
	 * The marketing events Fanbase reads, in Brevo's spelling for {@code POST /webhooks}.
	 */
	public static final List<String> EVENTS = List.of("delivered", "opened", "click", "hardBounce", "softBounce",
			"unsubscribed", "spam");

	private final WebhookSecrets secrets;

	private final String endpoint;

	CampaignWebhooks(WebhookSecrets secrets, @Value("${fanbase.public-url:http://localhost:8080}") String publicUrl) {
		this.secrets = secrets;
		this.endpoint = publicUrl.replaceAll("/+$", "") + "/api/audience/webhooks/brevo";
	}

	/** The address Brevo posts to, without the secret. */
	public String endpoint() {
		return this.endpoint;
	}

	public boolean hasSecret(TenantId tenant) {
		return this.secrets.exists(tenant);
	}

	/** Issues (or rotates) the secret; the answer is the only place it is ever shown. */
	public IssuedWebhook issue(TenantId tenant) {
		String secret = this.secrets.issue(tenant);
		Map<String, Object> brevo = new LinkedHashMap<>();
		brevo.put("url", this.endpoint);
		brevo.put("type", "marketing");
		brevo.put("events", EVENTS);
		brevo.put("batched", true);
		brevo.put("auth", Map.of("type", "bearer", "token", secret));
		return new IssuedWebhook(secret, this.endpoint + "?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8),
				brevo);
	}

	/**
	 * A freshly issued secret, the webhook address with it as {@code token}, and the body
	 * that registers the webhook through Brevo's {@code POST /webhooks}.
	 */
	public record IssuedWebhook(String secret, String webhookUrl, Map<String, Object> brevoWebhook) {

		@Override
		public String toString() {
			return "IssuedWebhook[secret hidden]";
		}

	}

}
