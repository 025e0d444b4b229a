package com.fanbase.exports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fanbase.tenants.TenantId;

/**
 * The platform adapters, and what it takes to call one for a tenant.
 */
@Component
public class Platforms {

	private final Map<Platform, AudiencePlatform> adapters = new EnumMap<>(Platform.class);

	private final PlatformCredentials credentials;

	private final PlatformClients clients;

	Platforms(List<AudiencePlatform> adapters, PlatformCredentials credentials, PlatformClients clients) {
		adapters.forEach((adapter) -> this.adapters.put(adapter.platform(), adapter));
		this.credentials = credentials;
		this.clients = clients;
	}

	public AudiencePlatform adapter(Platform platform) {
		AudiencePlatform adapter = this.adapters.get(platform);
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
	PlatformContext context(TenantId tenant, Platform platform, PlatformClient.RequestRecorder recorder) {
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

	void credentialsWorked(TenantId tenant, Platform platform) {
		this.credentials.mark(tenant, platform, "valid", null);
	}

	void credentialsRefused(TenantId tenant, Platform platform, String message) {
		this.credentials.mark(tenant, platform, "invalid", message);
	}

}
