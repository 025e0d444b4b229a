package com.fanbase.admin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

import com.fanbase.accounts.SsoConfigurations;
import com.fanbase.accounts.SsoSettings;
import com.fanbase.tenants.TenantId;

/**
 * One OpenID Connect client registration per tenant ({@code tenant-<id>}), built from the
 * tenant's stored settings and its issuer's discovery document. The discovery is fetched
 * once per issuer and settings version, then reused (the settings' {@code updated_at}
 * moving on builds a new one); the secret is opened only for the registration.
 */
class TenantClientRegistrations implements ClientRegistrationRepository {

	static final String PREFIX = "tenant-";

	static final String REDIRECT = "{baseUrl}/admin/login/oauth2/code/{registrationId}";

	private final SsoConfigurations settings;

	private final Map<String, ClientRegistration> built = new ConcurrentHashMap<>();

	TenantClientRegistrations(SsoConfigurations settings) {
		this.settings = settings;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		Optional<TenantId> tenant = tenant(registrationId);
		if (tenant.isEmpty()) {
			return null;
		}
		SsoSettings sso = this.settings.find(tenant.get()).orElse(null);
		if (sso == null) {
			return null;
		}
		String version = registrationId + "@" + sso.updatedAt().toEpochMilli();
		if (this.built.size() > 1000) {
			this.built.clear();
		}
		return this.built.computeIfAbsent(version,
				(key) -> ClientRegistrations.fromIssuerLocation(sso.issuer())
					.registrationId(registrationId)
					.clientId(sso.clientId())
					.clientSecret(this.settings.clientSecret(sso.tenant()))
					.scope("openid", "email", "profile")
					.redirectUri(REDIRECT)
					.build());
	}

	static String registrationId(TenantId tenant) {
		return PREFIX + tenant.value();
	}

	static Optional<TenantId> tenant(String registrationId) {
		if (registrationId == null || !registrationId.matches(PREFIX + "[1-9]\\d{0,17}")) {
			return Optional.empty();
		}
		return Optional.of(TenantId.of(Long.parseLong(registrationId.substring(PREFIX.length()))));
	}

}
