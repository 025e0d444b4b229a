package com.fanbase.platforms;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * The platform registry: every {@link AudiencePlatform} bean, found by its platform's id,
 * and what it takes to call one for a tenant.
 */
@Component
public class Platforms {

	private final Map<String, AudiencePlatform> adapters = new LinkedHashMap<>();

	private final PlatformCredentials credentials;

	private final PlatformClients clients;

	Platforms(List<AudiencePlatform> adapters, PlatformCredentials credentials, PlatformClients clients) {
		// in the order of the adapters' @Order
		adapters.forEach((adapter) -> {
			if (this.adapters.putIfAbsent(adapter.platform().id(), adapter) != null) {
				throw new IllegalStateException("Two adapters for " + adapter.platform().id());
			}
		});
		this.credentials = credentials;
		this.clients = clients;
	}

	/** Every platform, in the order the admin pages and listings show them. */
	public List<Platform> all() {
		return this.adapters.values().stream().map(AudiencePlatform::platform).toList();
	}

	public Optional<Platform> find(String id) {
		return Optional.ofNullable(this.adapters.get(id)).map(AudiencePlatform::platform);
	}

	/** A platform the registry must know, such as an export's stored platform id. */
	public Platform require(String id) {
		return find(id).orElseThrow(() -> new IllegalStateException("No platform " + id));
	}

	/** The ids as a sentence for error messages: "meta, google, tiktok or brevo". */
	public String idsInWords() {
		List<String> ids = all().stream().map(Platform::id).toList();
		if (ids.size() < 2) {
			return String.join("", ids);
		}
		return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
	}

	/** The platforms whose audiences carry campaigns of a kind. */
	public List<Platform> ofKind(Platform.Kind kind) {
		return all().stream().filter((platform) -> platform.kind() == kind).toList();
	}

	public Collection<AudiencePlatform> adapters() {
		return Collections.unmodifiableCollection(this.adapters.values());
	}

	public AudiencePlatform adapter(Platform platform) {
		AudiencePlatform adapter = this.adapters.get(platform.id());
		if (adapter == null) {
			throw new IllegalStateException("No adapter for " + platform);
		}
		return adapter;
	}

	/**
	 * Credentials and the retrying client for calls outside an export (campaigns, their
	 * statistics); fails when the tenant has not configured the platform.
	 */
	public PlatformContext context(TenantId tenant, Platform platform) {
		return context(tenant, platform, PlatformClient.RequestRecorder.NONE);
	}

	/**
	 * Credentials and a client for one run; fails when the tenant has not configured the
	 * platform.
	 */
	public PlatformContext context(TenantId tenant, Platform platform, PlatformClient.RequestRecorder recorder) {
		Credentials found = this.credentials.find(tenant, platform)
			.orElseThrow(() -> new PlatformException(PlatformException.Kind.INVALID_CREDENTIALS, "No credentials for "
					+ platform.id() + "; set them with PUT /api/audience/settings/platforms/" + platform.id()));
		return new PlatformContext(found, this.clients.forPlatform(adapter(platform), recorder));
	}

	/**
	 * What one of the tenant's campaigns on an ad platform has spent over its lifetime,
	 * in cents of the ad account's currency (see
	 * {@link AudiencePlatform#lifetimeSpendCents}).
	 */
	public long lifetimeSpendCents(TenantId tenant, Platform platform, String platformCampaignId) {
		return adapter(platform).lifetimeSpendCents(context(tenant, platform), platformCampaignId);
	}

	/** Whether the tenant has given credentials for the platform (working or not). */
	public boolean configured(TenantId tenant, Platform platform) {
		return this.credentials.view(tenant, platform).isPresent();
	}

	public void credentialsWorked(TenantId tenant, Platform platform) {
		this.credentials.mark(tenant, platform, "valid", null);
	}

	public void credentialsRefused(TenantId tenant, Platform platform, String message) {
		this.credentials.mark(tenant, platform, "invalid", message);
	}

}
