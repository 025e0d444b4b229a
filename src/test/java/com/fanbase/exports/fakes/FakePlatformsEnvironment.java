package com.fanbase.exports.fakes;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context's platform base URLs at the local fake platforms (registered
 * in META-INF/spring.factories), so no test can reach a real platform and tests in the
 * shared context (the admin's browser tests) can export without a context of their own.
 * The export tests' own {@code @DynamicPropertySource} names the same URLs.
 */
public class FakePlatformsEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		FakeServer fake = FakeServer.get();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("fakePlatforms",
					Map.of("fanbase.exports.meta.base-url", fake.url("/meta/v25.0"), "fanbase.exports.google.base-url",
							fake.url("/google/v1"), "fanbase.exports.google.ads-base-url", fake.url("/googleads/v22"),
							"fanbase.exports.google.oauth-token-url", fake.url("/oauth/token"),
							"fanbase.exports.tiktok.base-url", fake.url("/tiktok/open_api/v1.3"),
							"fanbase.exports.brevo.base-url", fake.url("/brevo/v3"))));
	}

}
