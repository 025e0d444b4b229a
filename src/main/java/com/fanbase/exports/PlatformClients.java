package com.fanbase.exports;

import java.net.http.HttpClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Makes {@link PlatformClient}s over one shared {@link RestClient} with the configured
 * timeouts.
 */
@Component
@EnableConfigurationProperties(ExportsProperties.class)
class PlatformClients {

	private final RestClient rest;

	private final ExportsProperties properties;

	PlatformClients(ExportsProperties properties) {
		this.properties = properties;
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.retry().connectTimeout())
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(properties.retry().readTimeout());
		this.rest = RestClient.builder().requestFactory(factory).build();
	}

	PlatformClient forPlatform(AudiencePlatform platform, PlatformClient.RequestRecorder recorder) {
		return new PlatformClient(this.rest, this.properties.retry(), platform::classify, recorder);
	}

}
